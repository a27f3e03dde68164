package org.puente.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules every domain module (a bounded context) keeps: no web framework, no JDBC and
 * no HTTP client in the domain; infrastructure adapters for those live behind ports.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** The production classes of one module, by its root package. */
  public static JavaClasses productionClasses(String rootPackage) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(rootPackage);
  }

  /** A domain module never touches Spring, Jakarta servlets or JDBC. */
  public static ArchRule noFrameworks(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..",
            "jakarta.servlet..",
            "java.sql..",
            "javax.sql..",
            "org.flywaydb..")
        .because("domain modules are plain Java; the server shell owns frameworks and storage");
  }

  /** Only infrastructure adapters may open network connections. */
  public static ArchRule networkOnlyInInfrastructure(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .and()
        .resideOutsideOfPackage("..infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net.http..", "javax.net..", "org.apache.http..", "okhttp3..")
        .because("network I/O is an adapter behind a port, in an infrastructure package");
  }

  /** Domain modules never import the shells (server, cli, sim). */
  public static ArchRule noShells(String rootPackage) {
    return noClasses()
        .that()
        .resideInAPackage(rootPackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.puente.server..", "org.puente.cli..", "org.puente.sim..")
        .because("dependencies point one way: shells to contexts");
  }

  /** Checks all domain rules against a module. */
  public static void checkDomainModule(String rootPackage) {
    JavaClasses classes = productionClasses(rootPackage);
    noFrameworks(rootPackage).check(classes);
    networkOnlyInInfrastructure(rootPackage).check(classes);
    noShells(rootPackage).check(classes);
  }
}
