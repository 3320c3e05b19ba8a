package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressFormTest {

    @Test
    void aMinimalAddressIsANonDefaultShippingAddressWithAnUpperCaseCountry() {
        FieldErrors errors = new FieldErrors();

        AddressFields fields = new AddressForm(
                        null, null, " Alice Smith ", "1 Main St", " ", "Portland", null, "97201", "us", null)
                .validate(errors);

        assertThat(errors.any()).isFalse();
        assertThat(fields)
                .isEqualTo(new AddressFields(
                        AddressType.SHIPPING,
                        false,
                        "Alice Smith",
                        "1 Main St",
                        null,
                        "Portland",
                        null,
                        "97201",
                        "US",
                        null));
    }

    @Test
    void aBillingDefaultAddressKeepsItsTypeAndFlag() {
        FieldErrors errors = new FieldErrors();

        AddressFields fields = new AddressForm(
                        "Billing", true, "A", "1 Rue X", "Apt 2", "Paris", "IDF", "75001", "FR", "+33 1 23 45 67 89")
                .validate(errors);

        assertThat(errors.any()).isFalse();
        assertThat(fields.type()).isEqualTo(AddressType.BILLING);
        assertThat(fields.isDefault()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "UK", "12", "U", "USA"})
    void aCountryThatIsNotAnIsoAlpha2CodeIsRefused(String country) {
        FieldErrors errors = new FieldErrors();

        new AddressForm(null, null, "A", "1 Main St", null, "Portland", null, "97201", country, null).validate(errors);

        assertThat(errors.refusal().errors()).containsOnlyKeys("country");
    }

    @Test
    void anUnknownTypeIsRefused() {
        FieldErrors errors = new FieldErrors();

        new AddressForm("home", null, "A", "1 Main St", null, "Portland", null, "97201", "US", null).validate(errors);

        assertThat(errors.refusal().errors()).containsExactly(entry("type", "must be shipping or billing"));
    }

    @Test
    void requiredFieldsAreReportedUnderTheirApiNames() {
        FieldErrors errors = new FieldErrors();

        new AddressForm(null, null, null, " ", null, null, null, "", null, "x").validate(errors);

        assertThat(errors.refusal().errors())
                .containsOnlyKeys("full_name", "line1", "city", "postal_code", "country", "phone")
                .containsEntry("full_name", "is required")
                .containsEntry("country", "is required");
    }
}
