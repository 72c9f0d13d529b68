package app.rapport;

import app.rapport.service.Progress;
import app.rapport.service.RapportServices;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/architecture.md, kept true by the build; each rule says why it holds. */
@AnalyzeClasses(packages = "app.rapport", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule domainIsPure = noClasses().that().resideInAPackage("app.rapport.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("app.rapport.demo..", "app.rapport.store..", "app.rapport.service..",
                    "app.rapport.ui..", "app.rapport.cli..", "app.rapport.app..", "javafx..", "org.jooq..", "java.sql..",
                    "java.io..", "java.nio.file..", "org.flywaydb..", "org.h2..")
            .because("the domain is the plain records and rules every layer shares: its rules are tested "
                    + "without a store or a window, and mean the same to the command line and the UI");

    @ArchTest
    static final ArchRule demoIsPure = noClasses().that().resideInAPackage("app.rapport.demo..")
            .should().dependOnClassesThat().resideInAnyPackage("app.rapport.store..", "app.rapport.service..",
                    "app.rapport.ui..", "app.rapport.cli..", "app.rapport.app..", "javafx..", "org.jooq..", "java.sql..",
                    "java.nio.file..", "org.flywaydb..", "org.h2..")
            .because("the demo generator makes plain domain records from a seed and the service layer stores them, "
                    + "so the same generator serves the command line, the window and the tests; "
                    + "it reads only its own phrase tables from the class path, never a file");

    @ArchTest
    static final ArchRule uiNeverTouchesTheStore = noClasses().that().resideInAPackage("app.rapport.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.rapport.store..", "org.jooq..", "java.sql..",
                    "org.flywaydb..", "org.h2..")
            .because("the window works through the services, so the store can change without it "
                    + "and no screen can write around what the services keep right");

    @ArchTest
    static final ArchRule cliNeverTouchesTheUi = noClasses().that().resideInAPackage("app.rapport.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("app.rapport.ui..", "javafx..", "org.jooq..", "java.sql..")
            .because("scripts and terminals run without JavaFX, and get the same behaviour from the services as the window");

    @ArchTest
    static final ArchRule onlyServicesCallTheStore = noClasses().that().resideInAnyPackage("app.rapport.cli..", "app.rapport.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.rapport.store.jooq..")
            .orShould().dependOnClassesThat().haveSimpleName("Store")
            .because("the services are the one way into the store: on every write they keep derived data, "
                    + "the search index and the audit log right");

    @ArchTest
    static final ArchRule servicesReturnNoStoreTypes = methods().that().areDeclaredInClassesThat().resideInAPackage("app.rapport.service..")
            .and().arePublic()
            .should().haveRawReturnType(resideOutsideOfPackage("app.rapport.store.."))
            .because("the window and the command line get service and domain types back, "
                    + "so how the store keeps things can change without them");

    @ArchTest
    static final ArchRule storeAndServicesKnowNoFrontEnd = noClasses().that().resideInAnyPackage("app.rapport.store..", "app.rapport.service..")
            .should().dependOnClassesThat().resideInAnyPackage("app.rapport.ui..", "app.rapport.cli..", "javafx..")
            .because("they serve the window and the command line alike, and run in tests without either");

    @ArchTest
    static final ArchRule oneClock = noClasses().that().doNotHaveFullyQualifiedName(RapportServices.class.getName())
            .should().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(ZoneId.class, "systemDefault")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("RapportServices makes the one clock and hands it to the store, the services and the front ends, "
                    + "so a test can set the time and every part agrees on what now and today are");

    @ArchTest
    static final ArchRule layersHaveNoCycles = slices().matching("app.rapport.(*)..").should().beFreeOfCycles()
            .because("each layer builds on the ones below it (docs/architecture.md); "
                    + "two layers that use each other can only be changed and tested together");

    /**
     * No cycles between packages either, with three exceptions written out: jOOQ's generated code; the
     * UI's root package, which both assembles the window from the feature packages and holds what they
     * share (UndoManager, Messages); and the contact file readers reporting through
     * {@link Progress}, an interface that depends on nothing.
     */
    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("app.rapport.(**)").should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("app.rapport.store.jooq.."), resideInAPackage("app.rapport.store.jooq.."))
            .ignoreDependency(resideInAPackage("app.rapport.ui.."), resideInAPackage("app.rapport.ui"))
            .ignoreDependency(resideInAPackage("app.rapport.service.contacts"), equivalentTo(Progress.class))
            .because("a package is read and tested with the packages it uses, not the ones that use it: "
                    + "a touchpoint needs no brief, and the opportunity dialog no touchpoint dialog");

    @ArchTest
    static final ArchRule noPrintingOutsideTheLauncher = noClasses().that().resideOutsideOfPackage("app.rapport.app..")
            .should(ACCESS_STANDARD_STREAMS)
            .because("commands write to the streams picocli gives them, so tests read what they print "
                    + "and nothing else writes over the terminal");
}
