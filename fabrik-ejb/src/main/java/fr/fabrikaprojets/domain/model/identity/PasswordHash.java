package fr.fabrikaprojets.domain.model.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, iterated password hash: PBKDF2-HMAC-SHA-256, which is exactly SCRAM-SHA-256's {@code SaltedPassword}, so
 * WildFly Elytron verifies it without Fabrik's code on the login path. Hash and salt are stored in Base64.
 */
@Embeddable
public class PasswordHash implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "password_hash", nullable = false, length = 64)
    private String hash;

    @Column(name = "password_salt", nullable = false, length = 32)
    private String salt;

    @Column(name = "password_iterations", nullable = false)
    private int iterations;

    protected PasswordHash() {
    }

    private PasswordHash(String hash, String salt, int iterations) {
        this.hash = hash;
        this.salt = salt;
        this.iterations = iterations;
    }

    public static PasswordHash of(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(Base64.getEncoder().encodeToString(pbkdf2(password, salt, ITERATIONS)),
                Base64.getEncoder().encodeToString(salt), ITERATIONS);
    }

    /**
     * For an account that never signs in with a password (a partner arriving through the SSO): random bytes that no
     * password hashes to, in columns that require a value.
     */
    public static PasswordHash unusable() {
        byte[] hash = new byte[32];
        byte[] salt = new byte[16];
        RANDOM.nextBytes(hash);
        RANDOM.nextBytes(salt);
        return new PasswordHash(Base64.getEncoder().encodeToString(hash), Base64.getEncoder().encodeToString(salt),
                ITERATIONS);
    }

    public boolean matches(char[] password) {
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = pbkdf2(password, Base64.getDecoder().decode(salt), iterations);
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", impossible);
        }
    }
}
