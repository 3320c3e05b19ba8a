package com.sneakers.marketplace.identity.adapter;

import com.sneakers.marketplace.identity.AccessTokenClaims;
import com.sneakers.marketplace.identity.AccessTokenCodec;
import com.sneakers.marketplace.identity.Authenticated;
import com.sneakers.marketplace.identity.Authentication;
import com.sneakers.marketplace.identity.Role;
import com.sneakers.marketplace.identity.TokenPolicy;
import com.sneakers.marketplace.identity.Unauthenticated;
import com.sneakers.marketplace.identity.Unauthenticated.Reason;
import com.sneakers.marketplace.platform.secrets.SecretStore;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.Header;
import io.jsonwebtoken.IncorrectClaimException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.MissingClaimException;
import io.jsonwebtoken.UnsupportedJwtException;
import io.jsonwebtoken.security.Keys;
import io.jsonwebtoken.security.SecurityException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Access tokens as JWTs signed with HS256, the key read from Secrets Manager (cached by the store).
 * Verification accepts HS256 only: {@code alg: none} and any other algorithm are refused before a
 * signature is checked.
 */
public final class JwtAccessTokenCodec implements AccessTokenCodec {
    private static final String ROLES = "roles";

    private final SecretStore secrets;
    private final JwtConfig config;
    private final Clock clock;

    public JwtAccessTokenCodec(SecretStore secrets, JwtConfig config, Clock clock) {
        this.secrets = secrets;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String sign(AccessTokenClaims claims) {
        return Jwts.builder()
                .subject(Long.toString(claims.userId()))
                .claim(ROLES, claims.roles().stream().map(Role::code).toList())
                .id(claims.jti())
                .issuedAt(Date.from(claims.issuedAt()))
                .expiration(Date.from(claims.expiresAt()))
                .issuer(config.issuer())
                .audience()
                .add(config.audience())
                .and()
                .signWith(key(), Jwts.SIG.HS256)
                .compact();
    }

    @Override
    public Authentication verify(String token) {
        if (token == null || token.isBlank()) {
            return new Unauthenticated(Reason.MALFORMED);
        }
        SecretKey key = key();
        try {
            Claims claims = Jwts.parser()
                    .keyLocator(header -> hs256Only(header, key))
                    .requireIssuer(config.issuer())
                    .requireAudience(config.audience())
                    .clock(() -> Date.from(clock.instant()))
                    .clockSkewSeconds(TokenPolicy.CLOCK_SKEW.toSeconds())
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            return caller(claims);
        } catch (ExpiredJwtException e) {
            return new Unauthenticated(Reason.EXPIRED);
        } catch (IncorrectClaimException | MissingClaimException e) {
            return new Unauthenticated(wrongClaim(e.getClaimName()));
        } catch (UnsupportedJwtException e) {
            return new Unauthenticated(Reason.UNSUPPORTED_ALGORITHM);
        } catch (SecurityException e) {
            return new Unauthenticated(Reason.BAD_SIGNATURE);
        } catch (JwtException e) {
            return new Unauthenticated(Reason.MALFORMED);
        }
    }

    private static Authentication caller(Claims claims) {
        Optional<Long> userId = userId(claims.getSubject());
        Optional<List<Role>> roles = roles(claims.get(ROLES));
        String jti = claims.getId();
        if (userId.isEmpty()
                || roles.isEmpty()
                || jti == null
                || jti.isBlank()
                || claims.getIssuedAt() == null
                || claims.getExpiration() == null) {
            return new Unauthenticated(Reason.INVALID_CLAIMS);
        }
        return new Authenticated(
                userId.get(), roles.get(), jti, claims.getExpiration().toInstant());
    }

    private static Optional<Long> userId(String subject) {
        try {
            return Optional.ofNullable(subject).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The roles claim: a non-empty list of known role names. */
    private static Optional<List<Role>> roles(Object claim) {
        if (!(claim instanceof List<?> names) || names.isEmpty()) {
            return Optional.empty();
        }
        List<Role> roles = new ArrayList<>();
        for (Object name : names) {
            Optional<Role> role = name instanceof String code ? Role.fromCode(code) : Optional.empty();
            if (role.isEmpty()) {
                return Optional.empty();
            }
            roles.add(role.get());
        }
        return Optional.of(roles);
    }

    private static Reason wrongClaim(String claimName) {
        return switch (claimName) {
            case Claims.ISSUER -> Reason.WRONG_ISSUER;
            case Claims.AUDIENCE -> Reason.WRONG_AUDIENCE;
            default -> Reason.INVALID_CLAIMS;
        };
    }

    /** The key, for HS256 only: jjwt would otherwise verify HS384 and HS512 with a long enough key too. */
    private static Key hs256Only(Header header, SecretKey key) {
        if (!Jwts.SIG.HS256.getId().equals(header.getAlgorithm())) {
            throw new UnsupportedJwtException("Unsupported algorithm " + header.getAlgorithm());
        }
        return key;
    }

    /** Outside any parsing, so a missing secret or a key shorter than 256 bits fails loudly, not as a 401. */
    private SecretKey key() {
        return Keys.hmacShaKeyFor(secrets.get(config.secretId()).getBytes(StandardCharsets.UTF_8));
    }
}
