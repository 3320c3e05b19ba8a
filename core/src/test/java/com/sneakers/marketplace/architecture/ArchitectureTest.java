package com.sneakers.marketplace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.trading.violations.DomainRuleReadingTheWallClock;
import com.sneakers.marketplace.trading.violations.DomainRuleUsingTheAwsSdk;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The walls of core: the domain knows no framework, no cloud, no payment provider, no JWT library and
 * no wall clock.
 */
class ArchitectureTest {
    private static final String[] DOMAIN = {
        "com.sneakers.marketplace.identity..",
        "com.sneakers.marketplace.catalog..",
        "com.sneakers.marketplace.trading..",
        "com.sneakers.marketplace.orders..",
        "com.sneakers.marketplace.payments.."
    };
    /** Adapters live in an {@code adapter} package inside their domain and may use infrastructure. */
    private static final String ADAPTERS = "..adapter..";

    private static final ArchRule DOMAIN_IS_FREE_OF_INFRASTRUCTURE = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .and()
            .resideOutsideOfPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "software.amazon..",
                    "com.amazonaws..",
                    "com.stripe..",
                    "java.sql..",
                    "javax.sql..",
                    "com.zaxxer..",
                    "org.flywaydb..",
                    "io.jsonwebtoken..")
            .because("business rules are plain Java; adapters translate to frameworks and services")
            .allowEmptyShould(true);

    private static final ArchRule TIME_COMES_FROM_THE_INJECTED_CLOCK = noClasses()
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(Clock.class, "systemUTC")
            .orShould()
            .callMethod(Clock.class, "systemDefaultZone")
            .because("time comes from an injected java.time.Clock, so expiries and auto-completion are testable");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.sneakers.marketplace");

    @Test
    void domainCodeDoesNotDependOnSpringAwsStripeJdbcOrJwtLibraries() {
        DOMAIN_IS_FREE_OF_INFRASTRUCTURE.check(CORE);
    }

    @Test
    void coreNeverReadsTheWallClock() {
        TIME_COMES_FROM_THE_INJECTED_CLOCK.check(CORE);
    }

    @Test
    void theWallsCatchADomainClassThatUsesTheAwsSdk() {
        JavaClasses violating = new ClassFileImporter().importClasses(DomainRuleUsingTheAwsSdk.class);

        assertThatThrownBy(() -> DOMAIN_IS_FREE_OF_INFRASTRUCTURE.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("software.amazon");
    }

    @Test
    void theWallsCatchAClassThatReadsTheWallClock() {
        JavaClasses violating = new ClassFileImporter().importClasses(DomainRuleReadingTheWallClock.class);

        assertThatThrownBy(() -> TIME_COMES_FROM_THE_INJECTED_CLOCK.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Instant.now()");
    }
}
