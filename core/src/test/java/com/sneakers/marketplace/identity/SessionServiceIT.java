package com.sneakers.marketplace.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.sneakers.marketplace.identity.RefreshResult.Refused;
import com.sneakers.marketplace.identity.RefreshResult.Refused.Reason;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Access-token checks, refresh rotation and logout against DynamoDB, Postgres and Secrets Manager. */
class SessionServiceIT {
    private IdentityEnvironment environment;
    private SessionService sessions;
    private SignedIn alice;

    @BeforeEach
    void aliceHasSignedUp() {
        environment = new IdentityEnvironment();
        sessions = environment.identity.sessions();
        alice = signUp("alice@example.com");
    }

    @Test
    void refreshingRotatesTheRefreshTokenAndTheNewPairWorks() {
        RefreshResult result = sessions.refresh(alice.tokens().refreshToken());

        assertThat(result).isInstanceOfSatisfying(SignedIn.class, refreshed -> {
            assertThat(refreshed.user()).isEqualTo(alice.user());
            assertThat(refreshed.tokens().refreshToken())
                    .isNotEqualTo(alice.tokens().refreshToken());
            assertThat(sessions.authenticate(refreshed.tokens().accessToken()))
                    .isInstanceOfSatisfying(Authenticated.class, caller -> assertThat(caller.userId())
                            .isEqualTo(alice.user().id()));
            assertThat(sessions.refresh(refreshed.tokens().refreshToken())).isInstanceOf(SignedIn.class);
        });
    }

    @Test
    void refreshTokensAreStoredOnlyAsSha256HashesWithTheirFamilyAndTtl() {
        String token = alice.tokens().refreshToken();

        Map<String, AttributeValue> item = environment.sessionItem("refresh#" + RefreshTokens.hash(token));

        assertThat(environment.sessionItem("refresh#" + token)).isEmpty();
        assertThat(item.get("user_id").n()).isEqualTo(Long.toString(alice.user().id()));
        assertThat(item.get("used").bool()).isFalse();
        assertThat(Long.parseLong(item.get("expires_at").n()))
                .isEqualTo(environment.clock.instant().plus(Duration.ofDays(30)).getEpochSecond());
        Map<String, AttributeValue> family =
                environment.sessionItem("family#" + item.get("family_id").s());
        assertThat(family.get("revoked").bool()).isFalse();
        assertThat(family.get("expires_at")).isEqualTo(item.get("expires_at"));
        assertThat(item.values()).noneMatch(value -> token.equals(value.s()));
    }

    @Test
    void presentingAUsedRefreshTokenRevokesEveryTokenOfItsFamily() {
        SignedIn rotated = (SignedIn) sessions.refresh(alice.tokens().refreshToken());
        SignedIn newest = (SignedIn) sessions.refresh(rotated.tokens().refreshToken());

        RefreshResult replay = sessions.refresh(alice.tokens().refreshToken());

        assertThat(replay).isEqualTo(new Refused(Reason.REUSED));
        assertThat(sessions.refresh(newest.tokens().refreshToken())).isEqualTo(new Refused(Reason.REVOKED));
    }

    @Test
    void aReuseRevokesOnlyItsOwnFamilyNotTheUsersOtherSessions() {
        SignedIn otherDevice = (SignedIn) environment.identity.accounts().login("alice@example.com", "sneaker-head");
        sessions.refresh(alice.tokens().refreshToken());

        sessions.refresh(alice.tokens().refreshToken());

        assertThat(sessions.refresh(otherDevice.tokens().refreshToken())).isInstanceOf(SignedIn.class);
    }

    @Test
    void concurrentRefreshesOfOneTokenHaveExactlyOneWinner() throws Exception {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        Callable<RefreshResult> refresh = () -> {
            start.await();
            return sessions.refresh(alice.tokens().refreshToken());
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<RefreshResult>> futures = IntStream.range(0, threads)
                    .mapToObj(i -> pool.submit(refresh))
                    .toList();
            start.countDown();
            List<RefreshResult> results =
                    futures.stream().map(SessionServiceIT::join).toList();

            assertThat(results).filteredOn(SignedIn.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(Refused.class::isInstance).hasSize(threads - 1);
            SignedIn winner = (SignedIn) results.stream()
                    .filter(SignedIn.class::isInstance)
                    .findFirst()
                    .orElseThrow();
            assertThat(sessions.refresh(winner.tokens().refreshToken()))
                    .as("the losers presented a used token, so the family is revoked")
                    .isEqualTo(new Refused(Reason.REVOKED));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefreshTokenIsRefusedOnceThirtyDaysHavePassedEvenIfDynamoDbStillHoldsIt() {
        environment.clock.advance(Duration.ofDays(30));

        assertThat(sessions.refresh(alice.tokens().refreshToken())).isEqualTo(new Refused(Reason.EXPIRED));
    }

    @Test
    void aRotatedTokenLivesThirtyDaysFromItsRotation() {
        environment.clock.advance(Duration.ofDays(20));
        SignedIn rotated = (SignedIn) sessions.refresh(alice.tokens().refreshToken());

        environment.clock.advance(Duration.ofDays(20));

        assertThat(sessions.refresh(rotated.tokens().refreshToken())).isInstanceOf(SignedIn.class);
    }

    @Test
    void anUnknownOrMissingRefreshTokenIsRefused() {
        assertThat(sessions.refresh("not-a-token-we-issued")).isEqualTo(new Refused(Reason.UNKNOWN));
        assertThat(sessions.refresh("")).isEqualTo(new Refused(Reason.UNKNOWN));
        assertThat(sessions.refresh(null)).isEqualTo(new Refused(Reason.UNKNOWN));
    }

    @Test
    void anAccessTokenExpiresAfterFifteenMinutesAndTheClockSkew() {
        environment.clock.advance(Duration.ofMinutes(15).plusSeconds(31));

        assertThat(sessions.authenticate(alice.tokens().accessToken()))
                .isEqualTo(new Unauthenticated(Unauthenticated.Reason.EXPIRED));
    }

    @Test
    void logoutDeniesTheAccessTokenUntilItWouldHaveExpired() {
        Authenticated caller =
                (Authenticated) sessions.authenticate(alice.tokens().accessToken());

        sessions.logout(caller, Optional.empty());

        assertThat(sessions.authenticate(alice.tokens().accessToken()))
                .isEqualTo(new Unauthenticated(Unauthenticated.Reason.REVOKED));
        Map<String, AttributeValue> denial = environment.sessionItem("revoked-jti#" + caller.jti());
        assertThat(Long.parseLong(denial.get("expires_at").n()))
                .isEqualTo(caller.expiresAt().plusSeconds(30).getEpochSecond());
    }

    @Test
    void logoutWithARefreshTokenRevokesItsFamilyButNotTheUsersOtherSessions() {
        SignedIn otherDevice = (SignedIn) environment.identity.accounts().login("alice@example.com", "sneaker-head");
        Authenticated caller =
                (Authenticated) sessions.authenticate(alice.tokens().accessToken());

        sessions.logout(caller, Optional.of(alice.tokens().refreshToken()));

        assertThat(sessions.refresh(alice.tokens().refreshToken())).isEqualTo(new Refused(Reason.REVOKED));
        assertThat(sessions.authenticate(otherDevice.tokens().accessToken())).isInstanceOf(Authenticated.class);
        assertThat(sessions.refresh(otherDevice.tokens().refreshToken())).isInstanceOf(SignedIn.class);
    }

    @Test
    void logoutIgnoresSomeoneElsesRefreshToken() {
        SignedIn bob = signUp("bob@example.com");
        Authenticated alicesCall =
                (Authenticated) sessions.authenticate(alice.tokens().accessToken());

        sessions.logout(alicesCall, Optional.of(bob.tokens().refreshToken()));

        assertThat(sessions.refresh(bob.tokens().refreshToken())).isInstanceOf(SignedIn.class);
        assertThat(sessions.authenticate(bob.tokens().accessToken())).isInstanceOf(Authenticated.class);
    }

    private SignedIn signUp(String email) {
        return (SignedIn) environment
                .identity
                .accounts()
                .register(new RegistrationForm(email, "sneaker-head", "Test", "User", null));
    }

    private static RefreshResult join(Future<RefreshResult> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
