package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.identity.adapter.CachingProfiles;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The in-container profile cache over the real profile service and Postgres. */
class CachingProfilesIT {
    private final IdentityEnvironment environment = new IdentityEnvironment();
    private final CachingProfiles profiles =
            new CachingProfiles(environment.identity.profiles(), environment.clock.ticker());

    @Test
    void aSecondReadWithinAMinuteIsServedFromTheContainer() throws Exception {
        User user = signUp("cached@example.com");
        profiles.profile(user.id());

        renameBehindTheCachesBack(user.id(), "Changed");

        assertThat(profiles.profile(user.id()).orElseThrow().firstName()).isEqualTo("Alice");
        environment.clock.advance(Duration.ofSeconds(61));
        assertThat(profiles.profile(user.id()).orElseThrow().firstName()).isEqualTo("Changed");
    }

    @Test
    void anUpdateThroughTheCacheIsSeenAtOnce() {
        User user = signUp("updated@example.com");
        profiles.profile(user.id());

        profiles.updateProfile(user.id(), new ProfileForm("Alicia", "Smith", null));

        assertThat(profiles.profile(user.id()).orElseThrow().firstName()).isEqualTo("Alicia");
    }

    private void renameBehindTheCachesBack(long userId, String firstName) throws Exception {
        try (Connection connection = environment.database.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE users SET first_name = '" + firstName + "' WHERE id = " + userId);
        }
    }

    private User signUp(String email) {
        return ((SignedIn) environment
                        .identity
                        .accounts()
                        .register(new RegistrationForm(email, "sneaker-head", "Alice", "Smith", null)))
                .user();
    }
}
