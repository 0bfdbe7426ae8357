<#-- META-INF/BUNDLED.txt of ess.jar, written at build time by license-maven-plugin
     (add-third-party, examples/pom.xml) from the POMs of what the shade plugin puts in the jar.
     Context: dependencyMap, entries of (MavenProject, licence names). -->
ess.jar: the ess command-line tool of ess-rules (Apache License 2.0, META-INF/LICENSE and
META-INF/NOTICE), with the ${dependencyMap?size} artifacts below inside, each under its own licence.

Each artifact's licence and notice files are kept as it ships them, under
META-INF/licenses/<artifactId>/. An artifact that ships none is under the text of its licence:
  Apache-2.0: META-INF/LICENSE
  EPL-2.0 or GPL-2.0-with-classpath-exception:
    META-INF/licenses/EPL-2.0-OR-GPL-2.0-WITH-Classpath-exception-2.0.md
The source code of each is published with it on Maven Central and at its address below.

groupId:artifactId:version | licence(s) as its POM declares them | name | address
<#list dependencyMap as e>
<#assign p = e.getKey()/>
${p.groupId}:${p.artifactId}:${p.version} | ${e.getValue()?join(", ")} | ${p.name!p.artifactId} | ${p.url!"-"}
</#list>
