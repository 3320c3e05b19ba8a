package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.identity.AccountService;
import com.sneakers.marketplace.identity.AddressService;
import com.sneakers.marketplace.identity.Contacts;
import com.sneakers.marketplace.identity.ProfileService;
import com.sneakers.marketplace.identity.SessionService;
import com.sneakers.marketplace.identity.ShippingAddressBook;
import com.sneakers.marketplace.identity.ShippingAddresses;
import com.sneakers.marketplace.identity.UserContacts;
import com.sneakers.marketplace.identity.UserRepository;
import com.sneakers.marketplace.platform.aws.AwsClients;
import com.sneakers.marketplace.platform.config.Settings;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import java.time.Clock;
import javax.sql.DataSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The identity services wired from a function's configuration: {@code SESSIONS_TABLE} (DynamoDB) and
 * {@code JWT_SECRET_ARN}, optionally {@code JWT_ISSUER} and {@code JWT_AUDIENCE}.
 */
public record IdentityModule(
        AccountService accounts, SessionService sessions, ProfileService profiles, AddressService addresses) {
    static final String SESSIONS_TABLE = "SESSIONS_TABLE";

    public static IdentityModule create(Settings settings, DataSource dataSource, Clock clock) {
        return create(settings, dataSource, new SecretStore(AwsClients.secretsManager()), AwsClients.dynamoDb(), clock);
    }

    /** For a function that already holds a secret store and a DynamoDB client, to share them. */
    public static IdentityModule create(
            Settings settings, DataSource dataSource, SecretStore secrets, DynamoDbClient dynamoDb, Clock clock) {
        UserRepository users = new JdbcUserRepository(dataSource);
        SessionService sessions = new SessionService(
                new JwtAccessTokenCodec(secrets, JwtConfig.from(settings), clock),
                new DynamoDbSessionStore(dynamoDb, settings.required(SESSIONS_TABLE)),
                users,
                clock);
        return new IdentityModule(
                new AccountService(users, new BcryptPasswordHasher(), sessions, clock),
                sessions,
                new ProfileService(users, clock),
                new AddressService(new JdbcAddressRepository(dataSource), clock));
    }

    /** The shipping addresses other contexts may ask about. */
    public static ShippingAddresses shippingAddresses(DataSource dataSource) {
        return new ShippingAddressBook(new JdbcAddressRepository(dataSource));
    }

    /** How other contexts reach a user. */
    public static Contacts contacts(DataSource dataSource) {
        return new UserContacts(new JdbcUserRepository(dataSource));
    }
}
