package com.sneakers.marketplace.functions.httpapi;

import com.github.benmanes.caffeine.cache.Ticker;
import com.sneakers.marketplace.identity.Address;
import com.sneakers.marketplace.identity.AddressForm;
import com.sneakers.marketplace.identity.AddressSaved;
import com.sneakers.marketplace.identity.Authenticated;
import com.sneakers.marketplace.identity.DeleteAddressResult;
import com.sneakers.marketplace.identity.ProfileForm;
import com.sneakers.marketplace.identity.ProfileUpdateResult;
import com.sneakers.marketplace.identity.RegisterResult;
import com.sneakers.marketplace.identity.RegistrationForm;
import com.sneakers.marketplace.identity.Role;
import com.sneakers.marketplace.identity.SignedIn;
import com.sneakers.marketplace.identity.TokenPair;
import com.sneakers.marketplace.identity.User;
import com.sneakers.marketplace.identity.ValidationFailed;
import com.sneakers.marketplace.identity.adapter.CachingProfiles;
import com.sneakers.marketplace.identity.adapter.IdentityModule;
import com.sneakers.marketplace.platform.http.AccessTokenVerifier;
import com.sneakers.marketplace.platform.http.ApiRequest;
import com.sneakers.marketplace.platform.http.ApiResponse;
import com.sneakers.marketplace.platform.http.Caller;
import com.sneakers.marketplace.platform.http.JsonFields;
import com.sneakers.marketplace.platform.http.Problem;
import com.sneakers.marketplace.platform.http.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Authentication, profile and addresses, over the identity services. */
final class IdentityEndpoints {
    private final IdentityModule identity;
    private final CachingProfiles profiles;

    private IdentityEndpoints(IdentityModule identity) {
        this.identity = identity;
        this.profiles = new CachingProfiles(identity.profiles(), Ticker.systemTicker());
    }

    static List<Route> routes(IdentityModule identity) {
        IdentityEndpoints endpoints = new IdentityEndpoints(identity);
        return List.of(
                Route.post("/api/v1/auth/register", Route.Access.PUBLIC, endpoints::register)
                        .withIdempotencyKey(),
                Route.post("/api/v1/auth/login", Route.Access.PUBLIC, endpoints::login),
                Route.post("/api/v1/auth/refresh", Route.Access.PUBLIC, endpoints::refresh),
                Route.post("/api/v1/auth/logout", Route.Access.USER, endpoints::logout),
                Route.get("/api/v1/users/profile", Route.Access.USER, endpoints::profile),
                Route.put("/api/v1/users/profile", Route.Access.USER, endpoints::updateProfile),
                Route.get("/api/v1/users/addresses", Route.Access.USER, endpoints::addresses),
                Route.post("/api/v1/users/addresses", Route.Access.USER, endpoints::createAddress)
                        .withIdempotencyKey(),
                Route.put("/api/v1/users/addresses/{id}", Route.Access.USER, endpoints::updateAddress),
                Route.delete("/api/v1/users/addresses/{id}", Route.Access.USER, endpoints::deleteAddress));
    }

    /** Access tokens as the HTTP pipeline checks them. */
    static AccessTokenVerifier verifier(IdentityModule identity) {
        return token -> identity.sessions().authenticate(token) instanceof Authenticated authenticated
                ? new AccessTokenVerifier.Verified(new Caller(
                        authenticated.userId(),
                        authenticated.roles().stream().map(Role::code).collect(Collectors.toSet()),
                        authenticated.jti(),
                        authenticated.expiresAt()))
                : new AccessTokenVerifier.Rejected("invalid access token");
    }

    private ApiResponse register(ApiRequest request) {
        JsonFields fields = request.json();
        RegistrationForm form = new RegistrationForm(
                fields.requiredText("email"),
                fields.requiredText("password"),
                fields.requiredText("first_name"),
                fields.requiredText("last_name"),
                fields.optionalText("phone").orElse(null));
        fields.validated();
        RegisterResult result = identity.accounts().register(form);
        if (result instanceof SignedIn signedIn) {
            return ApiResponse.created(signedInBody(signedIn));
        }
        if (result instanceof ValidationFailed invalid) {
            return Problem.validation(invalid.errors()).toResponse();
        }
        return Problem.conflict("An account with this email already exists.").toResponse();
    }

    private ApiResponse login(ApiRequest request) {
        JsonFields fields = request.json();
        String email = fields.requiredText("email");
        String password = fields.requiredText("password");
        fields.validated();
        if (identity.accounts().login(email, password) instanceof SignedIn signedIn) {
            return ApiResponse.ok(signedInBody(signedIn));
        }
        return unauthorized("The email or password is wrong.");
    }

    private ApiResponse refresh(ApiRequest request) {
        JsonFields fields = request.json();
        String refreshToken = fields.requiredText("refresh_token");
        fields.validated();
        if (identity.sessions().refresh(refreshToken) instanceof SignedIn signedIn) {
            return ApiResponse.ok(signedInBody(signedIn));
        }
        return unauthorized("The refresh token is not valid; sign in again.");
    }

    private ApiResponse logout(ApiRequest request) {
        Optional<String> refreshToken = Optional.empty();
        if (request.hasBody()) {
            JsonFields fields = request.json();
            refreshToken = fields.optionalText("refresh_token");
            fields.validated();
        }
        identity.sessions().logout(authenticated(request.requireCaller()), refreshToken);
        return ApiResponse.noContent();
    }

    private ApiResponse profile(ApiRequest request) {
        return profiles.profile(request.requireCaller().userId())
                .map(user -> ApiResponse.ok(userBody(user)))
                .orElseGet(
                        () -> Problem.notFound("Your account no longer exists.").toResponse());
    }

    private ApiResponse updateProfile(ApiRequest request) {
        JsonFields fields = request.json();
        ProfileForm form = new ProfileForm(
                fields.requiredText("first_name"),
                fields.requiredText("last_name"),
                fields.optionalText("phone").orElse(null));
        fields.validated();
        ProfileUpdateResult result =
                identity.profiles().updateProfile(request.requireCaller().userId(), form);
        if (result instanceof ProfileUpdateResult.Updated updated) {
            return ApiResponse.ok(userBody(updated.user()));
        }
        if (result instanceof ValidationFailed invalid) {
            return Problem.validation(invalid.errors()).toResponse();
        }
        return Problem.notFound("Your account no longer exists.").toResponse();
    }

    private ApiResponse addresses(ApiRequest request) {
        List<Map<String, Object>> items = identity
                .addresses()
                .addresses(request.requireCaller().userId())
                .stream()
                .map(IdentityEndpoints::addressBody)
                .toList();
        return ApiResponse.ok(Map.of("items", items));
    }

    private ApiResponse createAddress(ApiRequest request) {
        var result = identity.addresses().create(request.requireCaller().userId(), addressForm(request));
        if (result instanceof AddressSaved saved) {
            return ApiResponse.created(addressBody(saved.address()));
        }
        return Problem.validation(((ValidationFailed) result).errors()).toResponse();
    }

    private ApiResponse updateAddress(ApiRequest request) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        if (id.isEmpty()) {
            return addressNotFound();
        }
        AddressForm form = addressForm(request);
        var result = identity.addresses().update(request.requireCaller().userId(), id.get(), form);
        if (result instanceof AddressSaved saved) {
            return ApiResponse.ok(addressBody(saved.address()));
        }
        if (result instanceof ValidationFailed invalid) {
            return Problem.validation(invalid.errors()).toResponse();
        }
        return addressNotFound();
    }

    private ApiResponse deleteAddress(ApiRequest request) {
        Optional<Long> id = PathIds.parse(request.pathParameter("id"));
        if (id.isPresent()
                && identity.addresses().delete(request.requireCaller().userId(), id.get())
                        instanceof DeleteAddressResult.Deleted) {
            return ApiResponse.noContent();
        }
        return addressNotFound();
    }

    private static AddressForm addressForm(ApiRequest request) {
        JsonFields fields = request.json();
        AddressForm form = new AddressForm(
                fields.optionalText("type").orElse(null),
                fields.optionalBoolean("is_default").orElse(null),
                fields.optionalText("full_name").orElse(null),
                fields.optionalText("line1").orElse(null),
                fields.optionalText("line2").orElse(null),
                fields.optionalText("city").orElse(null),
                fields.optionalText("state").orElse(null),
                fields.optionalText("postal_code").orElse(null),
                fields.optionalText("country").orElse(null),
                fields.optionalText("phone").orElse(null));
        fields.validated();
        return form;
    }

    private static ApiResponse addressNotFound() {
        return Problem.notFound("You have no such address.").toResponse();
    }

    private static ApiResponse unauthorized(String detail) {
        return Problem.unauthorized(detail)
                .toResponse()
                .withHeader("WWW-Authenticate", "Bearer realm=\"sneakers-marketplace\"");
    }

    private static Authenticated authenticated(Caller caller) {
        List<Role> roles = caller.roles().stream()
                .map(Role::fromCode)
                .flatMap(Optional::stream)
                .toList();
        return new Authenticated(caller.userId(), roles, caller.tokenId(), caller.tokenExpiresAt());
    }

    private static Map<String, Object> signedInBody(SignedIn signedIn) {
        TokenPair tokens = signedIn.tokens();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", userBody(signedIn.user()));
        body.put("access_token", tokens.accessToken());
        body.put("refresh_token", tokens.refreshToken());
        body.put("token_type", TokenPair.TOKEN_TYPE);
        body.put("expires_in", tokens.expiresIn());
        return body;
    }

    static Map<String, Object> userBody(User user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("email", user.email());
        body.put("first_name", user.firstName());
        body.put("last_name", user.lastName());
        body.put("phone", user.phone());
        body.put("roles", user.roles().stream().map(Role::code).toList());
        body.put("created_at", user.createdAt());
        return body;
    }

    private static Map<String, Object> addressBody(Address address) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", address.id());
        body.put("type", address.type().code());
        body.put("is_default", address.isDefault());
        body.put("full_name", address.fullName());
        body.put("line1", address.line1());
        body.put("line2", address.line2());
        body.put("city", address.city());
        body.put("state", address.state());
        body.put("postal_code", address.postalCode());
        body.put("country", address.country());
        body.put("phone", address.phone());
        return body;
    }
}
