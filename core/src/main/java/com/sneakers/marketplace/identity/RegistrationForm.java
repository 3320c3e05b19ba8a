package com.sneakers.marketplace.identity;

/** A sign-up as the client sent it; any field may be null or blank, {@code phone} is optional. */
public record RegistrationForm(String email, String password, String firstName, String lastName, String phone) {

    ValidRegistration validate(FieldErrors errors) {
        String normalisedEmail = null;
        if (errors.required("email", email, EmailAddress.MAX_LENGTH) != null) {
            normalisedEmail = EmailAddress.normalise(email).orElse(null);
            if (normalisedEmail == null) {
                errors.reject("email", "must be a valid email address");
            }
        }
        if (password == null || password.isEmpty()) {
            errors.reject("password", "is required");
        } else {
            PasswordPolicy.problem(password).ifPresent(problem -> errors.reject("password", problem));
        }
        PersonalDetails details = new ProfileForm(firstName, lastName, phone).validate(errors);
        return new ValidRegistration(normalisedEmail, password, details);
    }

    @Override
    public String toString() {
        return "RegistrationForm[" + email + "]";
    }

    /** A registration that passed every rule: the email normalised, the names trimmed. */
    record ValidRegistration(String email, String password, PersonalDetails details) {
        @Override
        public String toString() {
            return "ValidRegistration[" + email + "]";
        }
    }
}
