package com.sneakers.marketplace.identity;

import java.util.Locale;
import java.util.Set;

/**
 * An address as the client sent it, for a create or a full update. Any field may be null; a missing
 * {@code type} means shipping and a missing {@code isDefault} means false.
 */
public record AddressForm(
        String type,
        Boolean isDefault,
        String fullName,
        String line1,
        String line2,
        String city,
        String state,
        String postalCode,
        String country,
        String phone) {

    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    /** The maximum lengths are the column widths of the {@code addresses} table. */
    AddressFields validate(FieldErrors errors) {
        return new AddressFields(
                type(errors),
                Boolean.TRUE.equals(isDefault),
                errors.required("full_name", fullName, 200),
                errors.required("line1", line1, 255),
                errors.optional("line2", line2, 255),
                errors.required("city", city, 100),
                errors.optional("state", state, 100),
                errors.required("postal_code", postalCode, 20),
                country(errors),
                errors.phone("phone", phone));
    }

    private AddressType type(FieldErrors errors) {
        String code = errors.optional("type", type, 20);
        if (code == null) {
            return AddressType.SHIPPING;
        }
        return AddressType.fromCode(code.toLowerCase(Locale.ROOT)).orElseGet(() -> {
            errors.reject("type", "must be shipping or billing");
            return null;
        });
    }

    private String country(FieldErrors errors) {
        String code = errors.required("country", country, 2);
        if (code == null) {
            return null;
        }
        String upperCase = code.toUpperCase(Locale.ROOT);
        if (!ISO_COUNTRIES.contains(upperCase)) {
            errors.reject("country", "must be an ISO 3166-1 alpha-2 country code such as US");
            return null;
        }
        return upperCase;
    }
}
