package com.sneakers.marketplace.identity;

import com.sneakers.marketplace.identity.BootstrapAdminResult.AlreadyAdmin;
import com.sneakers.marketplace.identity.BootstrapAdminResult.Created;
import com.sneakers.marketplace.identity.BootstrapAdminResult.Promoted;
import com.sneakers.marketplace.identity.LoginResult.InvalidCredentials;
import com.sneakers.marketplace.identity.RegisterResult.EmailTaken;
import com.sneakers.marketplace.identity.RegistrationForm.ValidRegistration;
import java.time.Clock;
import java.util.Optional;

/** Accounts and their credentials: sign-up, login, and the operators' admin bootstrap. */
public final class AccountService {
    private final UserRepository users;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final Clock clock;

    public AccountService(UserRepository users, PasswordHasher passwords, SessionService sessions, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    public RegisterResult register(RegistrationForm form) {
        FieldErrors errors = new FieldErrors();
        ValidRegistration registration = form.validate(errors);
        if (errors.any()) {
            return errors.refusal();
        }
        return users.insert(newUser(registration, Role.USER))
                .<RegisterResult>map(this::signIn)
                .orElseGet(EmailTaken::new);
    }

    public LoginResult login(String email, String password) {
        Optional<UserCredentials> account = EmailAddress.normalise(email).flatMap(users::findCredentialsByEmail);
        String hash = account.map(UserCredentials::passwordHash).orElseGet(passwords::dummyHash);
        boolean passwordMatches = password != null && passwords.matches(password, hash);
        return account.filter(found -> passwordMatches)
                .<LoginResult>map(found -> signIn(found.user()))
                .orElseGet(InvalidCredentials::new);
    }

    /**
     * Makes sure an admin with this email exists, for operators and the local runtime, never for the
     * public API. Creates the account when the email is new; otherwise promotes the existing account,
     * which keeps its own password. Running it again changes nothing.
     */
    public BootstrapAdminResult bootstrapAdmin(String email, String password, String firstName, String lastName) {
        FieldErrors errors = new FieldErrors();
        ValidRegistration admin = new RegistrationForm(email, password, firstName, lastName, null).validate(errors);
        if (errors.any()) {
            return errors.refusal();
        }
        return users.insert(newUser(admin, Role.ADMIN))
                .<BootstrapAdminResult>map(Created::new)
                .orElseGet(() -> promote(users.findCredentialsByEmail(admin.email())
                        .map(UserCredentials::user)
                        .orElseThrow()));
    }

    private BootstrapAdminResult promote(User user) {
        if (user.role() == Role.ADMIN) {
            return new AlreadyAdmin(user);
        }
        return new Promoted(users.changeRole(user.id(), Role.ADMIN, clock.instant())
                .orElseThrow(() -> new IllegalStateException("User " + user.id() + " vanished while promoted")));
    }

    private NewUser newUser(ValidRegistration registration, Role role) {
        return new NewUser(
                registration.email(),
                passwords.hash(registration.password()),
                registration.details(),
                role,
                clock.instant());
    }

    private SignedIn signIn(User user) {
        return new SignedIn(user, sessions.start(user));
    }
}
