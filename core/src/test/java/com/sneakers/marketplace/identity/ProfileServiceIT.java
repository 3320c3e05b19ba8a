package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading and editing one's profile in Postgres. */
class ProfileServiceIT {
    private static IdentityEnvironment environment;
    private static ProfileService profiles;

    @BeforeAll
    static void environment() {
        environment = new IdentityEnvironment();
        profiles = environment.identity.profiles();
    }

    @Test
    void aUserReadsTheirProfile() {
        User user = signUp("reader@example.com");

        assertThat(profiles.profile(user.id())).contains(user);
    }

    @Test
    void anUpdateTrimsAndStoresNamesAndPhoneAndKeepsTheEmail() {
        User user = signUp("editor@example.com");
        environment.clock.advance(Duration.ofMinutes(5));

        ProfileUpdateResult result =
                profiles.updateProfile(user.id(), new ProfileForm(" Alicia ", "Smythe", "+44 20 7946 0958"));

        assertThat(result).isInstanceOfSatisfying(ProfileUpdateResult.Updated.class, updated -> {
            assertThat(updated.user().firstName()).isEqualTo("Alicia");
            assertThat(updated.user().lastName()).isEqualTo("Smythe");
            assertThat(updated.user().phone()).isEqualTo("+44 20 7946 0958");
            assertThat(updated.user().email()).isEqualTo("editor@example.com");
            assertThat(updated.user().updatedAt()).isEqualTo(environment.clock.instant());
            assertThat(profiles.profile(user.id())).contains(updated.user());
        });
    }

    @Test
    void clearingThePhoneRemovesIt() {
        User user = signUp("phone@example.com");
        profiles.updateProfile(user.id(), new ProfileForm("A", "B", "+14155550123"));

        profiles.updateProfile(user.id(), new ProfileForm("A", "B", null));

        assertThat(profiles.profile(user.id()).orElseThrow().phone()).isNull();
    }

    @Test
    void anInvalidUpdateIsRefusedFieldByFieldAndChangesNothing() {
        User user = signUp("invalid@example.com");

        ProfileUpdateResult result = profiles.updateProfile(user.id(), new ProfileForm("", "x".repeat(101), "abc"));

        assertThat(result).isInstanceOfSatisfying(ValidationFailed.class, refusal -> assertThat(refusal.errors())
                .containsOnlyKeys("first_name", "last_name", "phone"));
        assertThat(profiles.profile(user.id())).contains(user);
    }

    @Test
    void anUnknownUserIsNotFound() {
        assertThat(profiles.profile(Long.MAX_VALUE)).isEmpty();
        assertThat(profiles.updateProfile(Long.MAX_VALUE, new ProfileForm("A", "B", null)))
                .isEqualTo(new NotFound());
    }

    private static User signUp(String email) {
        return ((SignedIn) environment
                        .identity
                        .accounts()
                        .register(new RegistrationForm(email, "sneaker-head", "Alice", "Smith", null)))
                .user();
    }
}
