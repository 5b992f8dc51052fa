package org.cooperaflow.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs users in by name and password as Spring's {@link DaoAuthenticationProvider} does, but hashes a password
 * (BCrypt: tens of milliseconds of CPU) once per credential, not on every API request.
 *
 * <p>A credential that passed is remembered, for a few minutes and among a bounded number, by an HMAC of the name, the
 * presented password and the stored hash, under a secret drawn when the process starts: nothing in the cache can be
 * turned back into a password, and a changed password (a new stored hash) or a removed user misses at once, since the
 * user is read from the directory on every request. A wrong password is never remembered; it takes the full check.
 */
public class CachedCredentialsAuthenticationProvider implements AuthenticationProvider {

    private static final String HMAC = "HmacSHA256";

    private final UserDetailsService users;
    private final DaoAuthenticationProvider verifier;
    private final AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
    private final SecretKeySpec secret;
    private final Cache<String, Boolean> verified;

    public CachedCredentialsAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                                   Duration timeToLive, long maximumSize) {
        this(users, passwordEncoder, timeToLive, maximumSize, Ticker.systemTicker());
    }

    CachedCredentialsAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
                                            Duration timeToLive, long maximumSize, Ticker ticker) {
        this.users = users;
        this.verifier = new DaoAuthenticationProvider(users);
        this.verifier.setPasswordEncoder(passwordEncoder);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, HMAC);
        this.verified = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(maximumSize)
                .ticker(ticker).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        UsernamePasswordAuthenticationToken presented = (UsernamePasswordAuthenticationToken) authentication;
        if (presented.getCredentials() == null) {
            return verifier.authenticate(authentication);
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(presented.getName());
        } catch (UsernameNotFoundException unknown) {
            // the full check, which spends a hash on an unknown name too: no timing tells names apart
            return verifier.authenticate(authentication);
        }
        String key = key(presented.getName(), presented.getCredentials().toString(), user.getPassword());
        if (verified.getIfPresent(key) != null) {
            accountStatus.check(user);
            UsernamePasswordAuthenticationToken result =
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            result.setDetails(presented.getDetails());
            return result;
        }
        Authentication result = verifier.authenticate(authentication);
        verified.put(key, Boolean.TRUE);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String key(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(secret);
            for (String part : new String[] {username, password, storedHash == null ? "" : storedHash}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                mac.update(bytes);
            }
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
