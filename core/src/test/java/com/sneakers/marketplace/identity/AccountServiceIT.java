package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.identity.BootstrapAdminResult.AlreadyAdmin;
import com.sneakers.marketplace.identity.BootstrapAdminResult.Created;
import com.sneakers.marketplace.identity.BootstrapAdminResult.Promoted;
import com.sneakers.marketplace.identity.LoginResult.InvalidCredentials;
import com.sneakers.marketplace.identity.RegisterResult.EmailTaken;
import com.sneakers.marketplace.identity.adapter.BcryptPasswordHasher;
import com.sneakers.marketplace.identity.adapter.JdbcUserRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-up, login and the admin bootstrap against Postgres, DynamoDB and Secrets Manager. */
class AccountServiceIT {
    private static IdentityEnvironment environment;
    private static AccountService accounts;

    @BeforeAll
    static void environment() {
        environment = new IdentityEnvironment();
        accounts = environment.identity.accounts();
    }

    @Test
    void registeringReturnsTheNormalisedUserAndTokensThatAuthenticateThem() {
        String email = uniqueEmail();

        RegisterResult result = accounts.register(
                new RegistrationForm("  " + email.toUpperCase() + " ", "sneaker-head", " Alice ", "Smith", null));

        assertThat(result).isInstanceOf(SignedIn.class);
        SignedIn signedIn = (SignedIn) result;
        assertThat(signedIn.user().email()).isEqualTo(email);
        assertThat(signedIn.user().firstName()).isEqualTo("Alice");
        assertThat(signedIn.user().role()).isEqualTo(Role.USER);
        assertThat(signedIn.user().createdAt()).isEqualTo(environment.clock.instant());
        assertThat(signedIn.tokens().expiresIn()).isEqualTo(900);
        assertThat(environment
                        .identity
                        .sessions()
                        .authenticate(signedIn.tokens().accessToken()))
                .isInstanceOfSatisfying(Authenticated.class, caller -> {
                    assertThat(caller.userId()).isEqualTo(signedIn.user().id());
                    assertThat(caller.roles()).containsExactly(Role.USER);
                });
    }

    @Test
    void thePasswordIsStoredOnlyAsABcryptHash() throws Exception {
        String email = uniqueEmail();
        register(email, "sneaker-head");

        String stored = storedPasswordHash(email);

        assertThat(stored).startsWith("$2a$10$").doesNotContain("sneaker-head");
        assertThat(new BcryptPasswordHasher().matches("sneaker-head", stored)).isTrue();
    }

    @Test
    void registeringAnEmailThatIsTakenIsRefused() {
        String email = uniqueEmail();
        register(email, "sneaker-head");

        assertThat(accounts.register(new RegistrationForm(email, "another-password", "Bob", "Jones", null)))
                .isEqualTo(new EmailTaken());
    }

    @Test
    void registeringATakenEmailInAnotherCaseOrWithSpacesIsRefused() {
        String email = uniqueEmail();
        register(email, "sneaker-head");

        assertThat(accounts.register(
                        new RegistrationForm(" " + email.toUpperCase() + "\t", "another-password", "Bob", "J", null)))
                .isEqualTo(new EmailTaken());
    }

    @Test
    void anInvalidRegistrationListsItsProblemsAndCreatesNoAccount() {
        String email = "not-an-email-" + UUID.randomUUID();

        RegisterResult result = accounts.register(new RegistrationForm(email, "1234567", "", "Smith", null));

        assertThat(result).isInstanceOfSatisfying(ValidationFailed.class, refusal -> assertThat(refusal.errors())
                .containsOnlyKeys("email", "password", "first_name"));
        assertThat(accounts.login(email, "1234567")).isEqualTo(new InvalidCredentials());
    }

    @Test
    void theRightPasswordLogsInWhateverTheCaseOfTheEmail() {
        String email = uniqueEmail();
        User user = register(email, "sneaker-head");

        LoginResult result = accounts.login(email.toUpperCase(), "sneaker-head");

        assertThat(result).isInstanceOfSatisfying(SignedIn.class, signedIn -> {
            assertThat(signedIn.user()).isEqualTo(user);
            assertThat(environment
                            .identity
                            .sessions()
                            .authenticate(signedIn.tokens().accessToken()))
                    .isInstanceOf(Authenticated.class);
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameRefusal() {
        String email = uniqueEmail();
        register(email, "sneaker-head");

        LoginResult wrongPassword = accounts.login(email, "sneaker-hand");
        LoginResult unknownEmail = accounts.login(uniqueEmail(), "sneaker-head");

        assertThat(wrongPassword).isEqualTo(new InvalidCredentials());
        assertThat(unknownEmail).isEqualTo(wrongPassword);
    }

    @Test
    void anUnknownEmailCostsOneBcryptCheckLikeAWrongPassword() {
        String email = uniqueEmail();
        register(email, "sneaker-head");
        CountingHasher hasher = new CountingHasher();
        AccountService countedAccounts = new AccountService(
                new JdbcUserRepository(environment.database),
                hasher,
                environment.identity.sessions(),
                environment.clock);

        countedAccounts.login(email, "sneaker-hand");
        countedAccounts.login(uniqueEmail(), "sneaker-hand");

        assertThat(hasher.checkedHashes).hasSize(2).allSatisfy(hash -> assertThat(hash)
                .startsWith("$2a$10$"));
        assertThat(hasher.checkedHashes.get(1)).isEqualTo(hasher.dummyHash());
    }

    @Test
    void bootstrappingAnAdminCreatesItOnceAndChangesNothingWhenRunAgain() {
        String email = uniqueEmail();

        BootstrapAdminResult first = accounts.bootstrapAdmin(email, "admin-password", "Ada", "Admin");
        BootstrapAdminResult second = accounts.bootstrapAdmin(email, "admin-password", "Ada", "Admin");

        assertThat(first).isInstanceOfSatisfying(Created.class, created -> assertThat(
                        created.admin().role())
                .isEqualTo(Role.ADMIN));
        assertThat(second).isEqualTo(new AlreadyAdmin(((Created) first).admin()));
        assertThat(accounts.login(email, "admin-password"))
                .isInstanceOfSatisfying(SignedIn.class, signedIn -> assertThat(environment
                                .identity
                                .sessions()
                                .authenticate(signedIn.tokens().accessToken()))
                        .isInstanceOfSatisfying(Authenticated.class, caller -> {
                            assertThat(caller.roles()).containsExactly(Role.USER, Role.ADMIN);
                            assertThat(caller.hasRole(Role.ADMIN)).isTrue();
                        }));
    }

    @Test
    void bootstrappingAnAdminPromotesAnExistingUserWhoKeepsTheirPassword() {
        String email = uniqueEmail();
        User user = register(email, "users-own-password");

        BootstrapAdminResult result = accounts.bootstrapAdmin(email, "operators-password", "Ada", "Admin");

        assertThat(result).isInstanceOfSatisfying(Promoted.class, promoted -> {
            assertThat(promoted.admin().id()).isEqualTo(user.id());
            assertThat(promoted.admin().role()).isEqualTo(Role.ADMIN);
        });
        assertThat(accounts.login(email, "users-own-password")).isInstanceOf(SignedIn.class);
        assertThat(accounts.login(email, "operators-password")).isEqualTo(new InvalidCredentials());
    }

    @Test
    void bootstrappingAnAdminWithAWeakPasswordIsRefused() {
        assertThat(accounts.bootstrapAdmin(uniqueEmail(), "admin", "Ada", "Admin"))
                .isInstanceOfSatisfying(ValidationFailed.class, refusal -> assertThat(refusal.errors())
                        .containsOnlyKeys("password"));
    }

    private static User register(String email, String password) {
        return ((SignedIn) accounts.register(new RegistrationForm(email, password, "Alice", "Smith", null))).user();
    }

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    private static String storedPasswordHash(String email) throws Exception {
        try (Connection connection = environment.database.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT password_hash FROM users WHERE email = ?")) {
            select.setString(1, email);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    /** The real bcrypt hasher, remembering which hashes logins were checked against. */
    private static final class CountingHasher implements PasswordHasher {
        private final PasswordHasher bcrypt = new BcryptPasswordHasher();
        private final List<String> checkedHashes = new ArrayList<>();

        @Override
        public String hash(String password) {
            return bcrypt.hash(password);
        }

        @Override
        public boolean matches(String password, String hash) {
            checkedHashes.add(hash);
            return bcrypt.matches(password, hash);
        }

        @Override
        public String dummyHash() {
            return bcrypt.dummyHash();
        }
    }
}
