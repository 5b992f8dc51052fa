package org.cooperaflow.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class CachedCredentialsAuthenticationProviderTest {

    /** BCrypt at its lowest cost, counting the hashes it checks. */
    private final AtomicInteger hashesChecked = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder encoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashesChecked.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };

    /** A user directory that can change while the application runs. */
    private final Map<String, String> passwords = new ConcurrentHashMap<>(Map.of("fund", bcrypt.encode("demo")));
    private final UserDetailsService directory = username -> {
        String hash = passwords.get(username);
        if (hash == null) {
            throw new UsernameNotFoundException(username);
        }
        return new CooperaFlowUser(username, hash, List.of("fund-manager"), null);
    };

    private final AtomicLong nanos = new AtomicLong();
    private final CachedCredentialsAuthenticationProvider provider = new CachedCredentialsAuthenticationProvider(
            directory, encoder, Duration.ofMinutes(5), 100, nanos::get);

    @Test
    void aVerifiedCredentialIsHashedOnceAndSignsInWithItsRoles() {
        Authentication first = provider.authenticate(credentials("fund", "demo"));
        Authentication second = provider.authenticate(credentials("fund", "demo"));

        assertThat(hashesChecked).hasValue(1);
        for (Authentication signedIn : List.of(first, second)) {
            assertThat(signedIn.isAuthenticated()).isTrue();
            assertThat(signedIn.getName()).isEqualTo("fund");
            assertThat(signedIn.getPrincipal()).isInstanceOf(CooperaFlowUser.class);
            assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_fund-manager");
        }
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndTakesTheFullCheckEveryTime() {
        provider.authenticate(credentials("fund", "demo"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(credentials("fund", "guess")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(hashesChecked).hasValue(4);
    }

    @Test
    void aChangedPasswordStopsWorkingAtOnceAndTheNewOneWorks() {
        provider.authenticate(credentials("fund", "demo"));

        passwords.put("fund", bcrypt.encode("changed"));

        assertThatThrownBy(() -> provider.authenticate(credentials("fund", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(provider.authenticate(credentials("fund", "changed")).isAuthenticated()).isTrue();
    }

    @Test
    void aRemovedUserIsRefusedAtOnce() {
        provider.authenticate(credentials("fund", "demo"));

        passwords.remove("fund");

        assertThatThrownBy(() -> provider.authenticate(credentials("fund", "demo")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aRememberedCredentialExpiresAndIsCheckedAgain() {
        provider.authenticate(credentials("fund", "demo"));
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(4));
        provider.authenticate(credentials("fund", "demo"));
        assertThat(hashesChecked).as("within five minutes").hasValue(1);

        nanos.addAndGet(TimeUnit.MINUTES.toNanos(2));
        provider.authenticate(credentials("fund", "demo"));
        assertThat(hashesChecked).as("after five minutes").hasValue(2);
    }

    @Test
    void anUnknownUserIsRefusedAsAWrongPasswordIs() {
        assertThatThrownBy(() -> provider.authenticate(credentials("nobody", "demo")))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static UsernamePasswordAuthenticationToken credentials(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
