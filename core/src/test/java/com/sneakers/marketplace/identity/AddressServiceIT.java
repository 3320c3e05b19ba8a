package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The address book in Postgres: defaults per type, owner scoping and validation. */
class AddressServiceIT {
    private static IdentityEnvironment environment;
    private static AddressService addresses;

    @BeforeAll
    static void environment() {
        environment = new IdentityEnvironment();
        addresses = environment.identity.addresses();
    }

    @Test
    void aNewAddressIsStoredNormalisedAndListedForItsOwner() {
        long user = signUp();

        Address address = create(
                user,
                new AddressForm(null, null, " Alice Smith ", "1 Main St", null, "Portland", "OR", "97201", "us", null));

        assertThat(address.type()).isEqualTo(AddressType.SHIPPING);
        assertThat(address.isDefault()).isFalse();
        assertThat(address.fullName()).isEqualTo("Alice Smith");
        assertThat(address.country()).isEqualTo("US");
        assertThat(address.createdAt()).isEqualTo(environment.clock.instant());
        assertThat(addresses.addresses(user)).containsExactly(address);
    }

    @Test
    void aNewDefaultReplacesThePreviousDefaultOfTheSameTypeOnly() {
        long user = signUp();
        Address firstShipping = create(user, form("shipping", true));
        Address billing = create(user, form("billing", true));

        Address secondShipping = create(user, form("shipping", true));

        assertThat(defaults(user)).containsExactlyInAnyOrder(secondShipping.id(), billing.id());
        assertThat(secondShipping.isDefault()).isTrue();
        assertThat(addresses.addresses(user))
                .filteredOn(address -> address.id() == firstShipping.id())
                .singleElement()
                .extracting(Address::isDefault)
                .isEqualTo(false);
    }

    @Test
    void makingAnExistingAddressTheDefaultClearsThePreviousDefault() {
        long user = signUp();
        Address oldDefault = create(user, form("shipping", true));
        Address other = create(user, form("shipping", false));

        UpdateAddressResult result = addresses.update(user, other.id(), form("shipping", true));

        assertThat(result).isInstanceOf(AddressSaved.class);
        assertThat(defaults(user)).containsExactly(other.id());
        assertThat(oldDefault.isDefault()).isTrue();
    }

    @Test
    void anUpdateReplacesEveryField() {
        long user = signUp();
        Address address = create(user, form("shipping", false));

        UpdateAddressResult result = addresses.update(
                user,
                address.id(),
                new AddressForm(
                        "billing", false, "Bob", "2 High St", "Flat 3", "London", null, "SW1A 1AA", "gb", null));

        assertThat(result).isInstanceOfSatisfying(AddressSaved.class, saved -> {
            assertThat(saved.address().id()).isEqualTo(address.id());
            assertThat(saved.address().type()).isEqualTo(AddressType.BILLING);
            assertThat(saved.address().line2()).isEqualTo("Flat 3");
            assertThat(saved.address().state()).isNull();
            assertThat(saved.address().country()).isEqualTo("GB");
            assertThat(addresses.addresses(user)).containsExactly(saved.address());
        });
    }

    @Test
    void aDeletedAddressIsGone() {
        long user = signUp();
        Address address = create(user, form("shipping", true));

        assertThat(addresses.delete(user, address.id())).isEqualTo(new DeleteAddressResult.Deleted());
        assertThat(addresses.addresses(user)).isEmpty();
        assertThat(addresses.delete(user, address.id())).isEqualTo(new NotFound());
    }

    @Test
    void someoneElsesAddressIsNotFoundAndNothingChanges() {
        long owner = signUp();
        long intruder = signUp();
        Address ownersAddress = create(owner, form("shipping", true));
        Address intrudersDefault = create(intruder, form("shipping", true));
        List<Address> ownerBefore = addresses.addresses(owner);
        List<Address> intruderBefore = addresses.addresses(intruder);

        UpdateAddressResult update = addresses.update(intruder, ownersAddress.id(), form("shipping", true));
        DeleteAddressResult delete = addresses.delete(intruder, ownersAddress.id());

        assertThat(update).isEqualTo(new NotFound());
        assertThat(delete).isEqualTo(new NotFound());
        assertThat(addresses.addresses(owner)).isEqualTo(ownerBefore);
        assertThat(addresses.addresses(intruder)).isEqualTo(intruderBefore).contains(intrudersDefault);
    }

    @Test
    void aMissingAddressIsNotFoundLikeSomeoneElses() {
        long user = signUp();

        assertThat(addresses.update(user, Long.MAX_VALUE, form("shipping", false)))
                .isEqualTo(new NotFound());
        assertThat(addresses.delete(user, Long.MAX_VALUE)).isEqualTo(new NotFound());
    }

    @Test
    void anUnknownCountryIsAValidationRefusalAndNothingIsStored() {
        long user = signUp();

        CreateAddressResult result = addresses.create(
                user, new AddressForm(null, null, "Alice", "1 Main St", null, "Portland", null, "97201", "XX", null));

        assertThat(result).isInstanceOfSatisfying(ValidationFailed.class, refusal -> assertThat(refusal.errors())
                .containsOnlyKeys("country"));
        assertThat(addresses.addresses(user)).isEmpty();
    }

    @Test
    void anInvalidUpdateChangesNothing() {
        long user = signUp();
        Address address = create(user, form("shipping", true));

        UpdateAddressResult result = addresses.update(
                user, address.id(), new AddressForm("home", true, "", "1 Main St", null, "X", null, "1", "US", null));

        assertThat(result).isInstanceOfSatisfying(ValidationFailed.class, refusal -> assertThat(refusal.errors())
                .containsOnlyKeys("type", "full_name"));
        assertThat(addresses.addresses(user)).containsExactly(address);
    }

    private static Address create(long user, AddressForm form) {
        return ((AddressSaved) addresses.create(user, form)).address();
    }

    private static AddressForm form(String type, boolean isDefault) {
        return new AddressForm(
                type, isDefault, "Alice Smith", "1 Main St", null, "Portland", "OR", "97201", "US", null);
    }

    private static List<Long> defaults(long user) {
        return addresses.addresses(user).stream()
                .filter(Address::isDefault)
                .map(Address::id)
                .toList();
    }

    private static long signUp() {
        return ((SignedIn) environment
                        .identity
                        .accounts()
                        .register(new RegistrationForm(
                                "user-" + UUID.randomUUID() + "@example.com", "sneaker-head", "Alice", "Smith", null)))
                .user()
                .id();
    }
}
