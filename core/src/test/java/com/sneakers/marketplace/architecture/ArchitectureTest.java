package com.sneakers.marketplace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sneakers.marketplace.trading.violations.DomainRuleReadingJson;
import com.sneakers.marketplace.trading.violations.DomainRuleReadingTheWallClock;
import com.sneakers.marketplace.trading.violations.DomainRuleUsingTheAwsSdk;
import com.sneakers.marketplace.trading.violations.TradingRuleReachingIntoOrdersAdapter;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The walls of core: the domain knows no framework, no cloud, no payment provider, no wire format, no
 * JWT library and no wall clock; contexts meet only through each other's domain-level ports, and only
 * the functions (outside core) join contexts.
 */
class ArchitectureTest {
    private static final String BASE = "com.sneakers.marketplace.";
    private static final List<String> CONTEXTS = List.of("identity", "catalog", "trading", "orders", "payments");
    private static final String[] DOMAIN =
            CONTEXTS.stream().map(context -> BASE + context + "..").toArray(String[]::new);
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
                    "com.fasterxml.jackson..",
                    "io.jsonwebtoken..")
            .because("business rules are plain Java; adapters translate to frameworks and services")
            .allowEmptyShould(true);

    private static final ArchRule CONTEXTS_MEET_ONLY_THROUGH_PORTS = CompositeArchRule.of(CONTEXTS.stream()
                    .map(context -> (ArchRule) noClasses()
                            .that()
                            .resideInAPackage(BASE + context + "..")
                            .should()
                            .dependOnClassesThat(otherContextsAdapters(context))
                            .because("a context uses another only through that context's domain-level ports"))
                    .toList())
            .allowEmptyShould(true);

    private static final ArchRule ONLY_THE_WIRING_PUTS_ADAPTERS_TOGETHER = noClasses()
            .that()
            .resideInAnyPackage(DOMAIN)
            .and()
            .resideOutsideOfPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ADAPTERS)
            .because("domain code is given its ports; each context's module builds its adapters")
            .allowEmptyShould(true);

    private static final ArchRule THE_PLATFORM_KNOWS_NO_CONTEXT = noClasses()
            .that()
            .resideInAPackage(BASE + "platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(DOMAIN)
            .because("contexts are joined by the functions, never inside core")
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

    private static DescribedPredicate<JavaClass> otherContextsAdapters(String context) {
        return DescribedPredicate.describe("are adapters of a context other than " + context, type -> CONTEXTS.stream()
                .filter(other -> !other.equals(context))
                .anyMatch(other -> type.getPackageName().startsWith(BASE + other + ".")
                        && type.getPackageName().contains(".adapter")));
    }

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.sneakers.marketplace");

    @Test
    void domainCodeDoesNotDependOnSpringAwsStripeJdbcOrJwtLibraries() {
        DOMAIN_IS_FREE_OF_INFRASTRUCTURE.check(CORE);
    }

    @Test
    void contextsUseEachOtherOnlyThroughDomainPorts() {
        CONTEXTS_MEET_ONLY_THROUGH_PORTS.check(CORE);
    }

    @Test
    void domainCodeNeverBuildsOrCallsAnAdapter() {
        ONLY_THE_WIRING_PUTS_ADAPTERS_TOGETHER.check(CORE);
    }

    @Test
    void thePlatformDependsOnNoContext() {
        THE_PLATFORM_KNOWS_NO_CONTEXT.check(CORE);
    }

    @Test
    void theWallsCatchAContextReachingIntoAnotherContextsAdapter() {
        JavaClasses violating = new ClassFileImporter().importClasses(TradingRuleReachingIntoOrdersAdapter.class);

        assertThatThrownBy(() -> CONTEXTS_MEET_ONLY_THROUGH_PORTS.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("orders.adapter.OrdersModule");
    }

    @Test
    void theWallsCatchADomainClassThatReadsAWireFormat() {
        JavaClasses violating = new ClassFileImporter().importClasses(DomainRuleReadingJson.class);

        assertThatThrownBy(() -> DOMAIN_IS_FREE_OF_INFRASTRUCTURE.check(violating))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("com.fasterxml.jackson");
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
