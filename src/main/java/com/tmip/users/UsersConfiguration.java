package com.tmip.users;

import com.tmip.config.TmipProperties;
import com.tmip.users.rules.CommonPasswords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.io.InputStream;

/** The password hashing and the common-password list of the user import. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    /** bcrypt ($2b$) with the configured cost (log2 rounds; 10 by default, 4–31 allowed). */
    @Bean
    PasswordEncoder passwordEncoder(TmipProperties properties) {
        return new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, properties.users().bcryptStrength());
    }

    /** The shipped list, or the operator's file ({@code tmip.users.common-passwords=file:/path/list.txt}). */
    @Bean
    CommonPasswords commonPasswords(TmipProperties properties) throws IOException {
        try (InputStream in = properties.users().commonPasswords().getInputStream()) {
            return CommonPasswords.read(in);
        }
    }
}
