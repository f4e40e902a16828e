package org.tapisim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The layer rules of DESIGN.md, checked on the main code. Rules about packages that do not exist
 * yet pass while they are empty ({@code allowEmptyShould}) and apply as soon as a class appears.
 */
@AnalyzeClasses(packages = "org.tapisim", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final String MODEL = "org.tapisim.model..";
  private static final String CLOCK = "org.tapisim.clock..";
  private static final String ACD = "org.tapisim.acd..";
  private static final String SCENARIO = "org.tapisim.scenario..";
  private static final String HARNESS = "org.tapisim.harness..";
  private static final String BRIDGE = "org.tapisim.bridge..";
  private static final String CLI = "org.tapisim.cli..";
  private static final String JDK = "java..";
  private static final String SLF4J = "org.slf4j..";
  private static final String JACKSON = "com.fasterxml.jackson..";

  /** Jackson's YAML parser: the scenario reader sets its safe-loading limits. */
  private static final String SNAKEYAML = "org.yaml.snakeyaml..";

  private static final String JNA = "com.sun.jna..";

  /** The classes of {@code layer} depend on nothing but themselves, the JDK and {@code allowed}. */
  static ArchRule layer(String layer, String... allowed) {
    List<String> packages = new ArrayList<>(List.of(layer, JDK));
    packages.addAll(List.of(allowed));
    return classes()
        .that()
        .resideInAPackage(layer)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(packages.toArray(String[]::new))
        .allowEmptyShould(true)
        .because("DESIGN.md: " + layer + " may depend on " + packages);
  }

  @ArchTest static final ArchRule model_depends_on_the_jdk_only = layer(MODEL);

  @ArchTest static final ArchRule clock_depends_on_the_jdk_only = layer(CLOCK);

  @ArchTest
  static final ArchRule acd_depends_on_model_clock_and_slf4j = layer(ACD, MODEL, CLOCK, SLF4J);

  @ArchTest
  static final ArchRule scenario_depends_on_acd_model_clock_jackson_and_slf4j =
      layer(SCENARIO, ACD, MODEL, CLOCK, JACKSON, SNAKEYAML, SLF4J);

  /**
   * JUnit, AssertJ and Awaitility are the harness's optional dependencies (opentest4j is JUnit's).
   */
  @ArchTest
  static final ArchRule harness_depends_on_scenario_acd_model_and_the_test_libraries =
      layer(
          HARNESS,
          SCENARIO,
          ACD,
          MODEL,
          "org.junit..",
          "org.opentest4j..",
          "org.assertj..",
          "org.awaitility..");

  @ArchTest
  static final ArchRule bridge_depends_on_model_jna_and_slf4j = layer(BRIDGE, MODEL, JNA, SLF4J);

  @ArchTest
  static final ArchRule bridge_does_not_know_the_simulator =
      noClasses()
          .that()
          .resideInAPackage(BRIDGE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ACD, CLOCK, SCENARIO, HARNESS, CLI)
          .allowEmptyShould(true)
          .because("DESIGN.md: bridge does not know the simulator exists");

  @ArchTest
  static final ArchRule nothing_depends_on_cli =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI)
          .allowEmptyShould(true);

  /** Between layers; acd and acd.internal use each other by design and form one slice. */
  @ArchTest
  static final ArchRule no_cycles_between_layers =
      slices().matching("org.tapisim.(*)..").should().beFreeOfCycles().allowEmptyShould(true);

  @ArchTest
  static final ArchRule only_cli_writes_to_the_standard_streams =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .allowEmptyShould(true)
          .because("STYLE.md: no System.out/System.err outside cli");

  @ArchTest
  static final ArchRule only_clock_sleeps =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLOCK)
          .should()
          .callMethod(Thread.class, "sleep", long.class)
          .orShould()
          .callMethod(Thread.class, "sleep", long.class, int.class)
          .orShould()
          .callMethod(TimeUnit.class, "sleep", long.class)
          .allowEmptyShould(true)
          .because("DESIGN.md: only clock reads the wall clock or sleeps");

  /** The rules are not vacuous: the same helper reports a dependency it was not told to allow. */
  @ArchTest
  static void the_layer_rules_report_dependencies_they_do_not_allow(JavaClasses classes) {
    EvaluationResult acdWithoutClock = layer(ACD, MODEL, SLF4J).evaluate(classes);
    EvaluationResult modelAlone = layer(MODEL).evaluate(classes);

    assertThat(acdWithoutClock.hasViolation()).isTrue();
    assertThat(acdWithoutClock.getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("org.tapisim.clock"));
    assertThat(modelAlone.hasViolation()).isFalse();
    assertThat(classes.containPackage("org.tapisim.model")).isTrue();
    assertThat(classes.containPackage("org.tapisim.acd.internal")).isTrue();
  }
}
