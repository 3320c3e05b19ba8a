package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.sneakers.marketplace.identity.RegistrationForm.ValidRegistration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrationFormTest {

    @Test
    void aValidFormIsNormalised() {
        FieldErrors errors = new FieldErrors();

        ValidRegistration registration = new RegistrationForm(
                        " Alice@Example.com ", "sneaker-head", "  Alice ", " Smith", " +1 415 555 0123 ")
                .validate(errors);

        assertThat(errors.any()).isFalse();
        assertThat(registration.email()).isEqualTo("alice@example.com");
        assertThat(registration.password()).isEqualTo("sneaker-head");
        assertThat(registration.details()).isEqualTo(new PersonalDetails("Alice", "Smith", "+1 415 555 0123"));
    }

    @Test
    void aBlankPhoneMeansNoPhone() {
        FieldErrors errors = new FieldErrors();

        ValidRegistration registration =
                new RegistrationForm("a@example.com", "sneaker-head", "A", "B", "  ").validate(errors);

        assertThat(errors.any()).isFalse();
        assertThat(registration.details().phone()).isNull();
    }

    @Test
    void everyBrokenFieldIsReportedUnderItsApiName() {
        FieldErrors errors = new FieldErrors();

        new RegistrationForm("not-an-email", "12345678", " ", null, "call me").validate(errors);

        assertThat(errors.refusal().errors())
                .containsExactly(
                        entry("email", "must be a valid email address"),
                        entry("password", "must not be only digits"),
                        entry("first_name", "is required"),
                        entry("last_name", "is required"),
                        entry("phone", "must be a phone number such as +14155550123"));
    }

    @Test
    void missingEmailAndPasswordAreRequired() {
        FieldErrors errors = new FieldErrors();

        new RegistrationForm(null, null, "A", "B", null).validate(errors);

        assertThat(errors.refusal().errors())
                .containsExactly(entry("email", "is required"), entry("password", "is required"));
    }

    @Test
    void namesLongerThan100CharactersAreRefused() {
        FieldErrors errors = new FieldErrors();

        new RegistrationForm("a@example.com", "sneaker-head", "x".repeat(101), "y".repeat(100), null).validate(errors);

        assertThat(errors.refusal().errors()).containsExactly(entry("first_name", "must be at most 100 characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+14155550123", "0044 20 7946 0958", "(415) 555-0123", "+49.30.1234567"})
    void plausiblePhoneNumbersAreAccepted(String phone) {
        FieldErrors errors = new FieldErrors();

        new RegistrationForm("a@example.com", "sneaker-head", "A", "B", phone).validate(errors);

        assertThat(errors.any()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"12345", "+1234567890123456", "555-CALL-NOW", "++14155550123", "+1 415 555 0123 ext 9999999"})
    void implausiblePhoneNumbersAreRefused(String phone) {
        FieldErrors errors = new FieldErrors();

        new RegistrationForm("a@example.com", "sneaker-head", "A", "B", phone).validate(errors);

        assertThat(errors.refusal().errors()).containsOnlyKeys("phone");
    }
}
