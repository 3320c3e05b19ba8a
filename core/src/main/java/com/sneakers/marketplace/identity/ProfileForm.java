package com.sneakers.marketplace.identity;

/** The editable part of a profile as the client sent it; any field may be null or blank. */
public record ProfileForm(String firstName, String lastName, String phone) {
    static final int MAX_NAME_LENGTH = 100;

    PersonalDetails validate(FieldErrors errors) {
        return new PersonalDetails(
                errors.required("first_name", firstName, MAX_NAME_LENGTH),
                errors.required("last_name", lastName, MAX_NAME_LENGTH),
                errors.phone("phone", phone));
    }
}
