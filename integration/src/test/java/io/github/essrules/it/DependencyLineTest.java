package io.github.essrules.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.esus.EsusRule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * What this run is: on the class path or on the module path (the surefire execution says which in
 * {@code it.path}), and with which dependency line — the versions the build resolved, as the
 * pom says ({@code it.*.version}).
 */
class DependencyLineTest {

  @Test
  void theLibraryIsOnThePathThisRunIsFor() {
    String path = System.getProperty("it.path");
    assertThat(path).isIn("class-path", "module-path");
    boolean modulePath = path.equals("module-path");
    assertThat(EsusRule.class.getModule().isNamed()).as("ess-rules a named module").isEqualTo(modulePath);
    assertThat(Verdict.class.getModule().isNamed()).as("ess-rules-core a named module").isEqualTo(modulePath);
    assertThat(ObjectMapper.class.getModule().isNamed()).as("Jackson a named module").isEqualTo(modulePath);
    assertThat(getClass().getModule().isNamed()).as("these tests in the application's module").isEqualTo(modulePath);
    if (modulePath) {
      assertThat(EsusRule.class.getModule().getName()).isEqualTo("io.github.essrules.rules");
      assertThat(Verdict.class.getModule().getName()).isEqualTo("io.github.essrules.core");
      assertThat(getClass().getModule().getName()).isEqualTo("io.github.essrules.it");
      assertThat(getClass().getModule().canRead(EsusRule.class.getModule())).isTrue();
    }
  }

  @Test
  void theVersionsResolvedAreThoseOfTheDependencyLine() throws IOException {
    String line = System.getProperty("it.dependency.line");
    String hint = "dependency line " + line + ": the versions written in integration/pom.xml (for the latest"
        + " line, the root pom.xml's, which ess-rules brings)";
    assertThat(new ObjectMapper().version().toString()).as(hint).isEqualTo(System.getProperty("it.jackson.version"));
    assertThat(mavenVersion("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310")).as(hint)
        .isEqualTo(System.getProperty("it.jackson.version"));
    assertThat(mavenVersion("jakarta.validation", "jakarta.validation-api")).as(hint)
        .isEqualTo(System.getProperty("it.jakarta.validation.version"));
    assertThat(mavenVersion("org.hibernate.validator", "hibernate-validator")).as(hint)
        .isEqualTo(System.getProperty("it.hibernate-validator.version"));
    assertThat(mavenVersion("org.glassfish.expressly", "expressly")).as(hint)
        .isEqualTo(System.getProperty("it.expressly.version"));
  }

  /** The version in a jar's Maven metadata: readable from the class path and from named modules alike. */
  private static String mavenVersion(String groupId, String artifactId) throws IOException {
    String name = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    List<URL> found = Collections.list(ClassLoader.getSystemClassLoader().getResources(name));
    assertThat(found).as(name).hasSize(1);
    Properties p = new Properties();
    try (InputStream in = found.get(0).openStream()) {
      p.load(in);
    }
    return p.getProperty("version");
  }
}
