package io.github.essrules.rules.foncier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.essrules.core.Lang;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.law.Confidence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The zonage A/B/C in force on a date: the July 2024 table is not applied before it to a reclassified commune. */
class ZoningTest {
  static final String CHEVRY = "01103";
  static final String CESSY = "01071";

  @Test
  void chevryReclassifiedToZoneAInJuly2024HasNoKnownZoneInJanuary2024() {
    ZoneLookup l = Zoning.zoneOn(CHEVRY, LocalDate.of(2024, 1, 15));
    assertThat(l.status()).isEqualTo(ZoneLookup.Status.RECLASSIFIED_IN_JULY_2024);
    assertThat(l.zone()).isEmpty();
    assertThat(l.explanation().render(Lang.FR)).contains("Chevry (01103)").contains("reclassée")
        .contains("ne fournit pas sa zone antérieure");
    assertThat(l.explanation().render(Lang.EN)).contains("does not ship its earlier zone");
    assertThat(Zoning.reclassifiedInJuly2024(CHEVRY)).isTrue();
    // zoneOf keeps answering the zone in force since 5 July 2024
    assertThat(Zoning.zoneOf(CHEVRY)).isEqualTo(Zone.A);
  }

  @Test
  void cessyNotReclassifiedKeepsItsZoneAInJanuary2024OnASecondarySource() {
    ZoneLookup l = Zoning.zoneOn(CESSY, LocalDate.of(2024, 1, 15));
    assertThat(l.status()).isEqualTo(ZoneLookup.Status.KNOWN);
    assertThat(l.zone()).contains(Zone.A);
    assertThat(l.reference()).isEqualTo(Zoning.PREVIOUS_REVISION);
    assertThat(l.reference().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(Zoning.reclassifiedInJuly2024(CESSY)).isFalse();
  }

  @Test
  void theJuly2024TableAppliesFromTheFifthOfJuly2024() {
    assertThat(Zoning.zoneOn(CHEVRY, LocalDate.of(2024, 7, 4)).status()).isEqualTo(ZoneLookup.Status.RECLASSIFIED_IN_JULY_2024);
    ZoneLookup fifth = Zoning.zoneOn(CHEVRY, LocalDate.of(2024, 7, 5));
    assertThat(fifth.status()).isEqualTo(ZoneLookup.Status.KNOWN);
    assertThat(fifth.zone()).contains(Zone.A);
    assertThat(fifth.reference()).isEqualTo(Zoning.REFERENCE);
  }

  @Test
  void beforeTheOctober2023RevisionNoCommuneHasAKnownZone() {
    assertThat(Zoning.zoneOn(CESSY, LocalDate.of(2023, 10, 4)).zone()).contains(Zone.A);
    ZoneLookup before = Zoning.zoneOn(CESSY, LocalDate.of(2023, 10, 3));
    assertThat(before.status()).isEqualTo(ZoneLookup.Status.BEFORE_COVERAGE);
    assertThat(before.zone()).isEmpty();
    assertThat(before.explanation().render(Lang.EN)).contains("before 4 October 2023");
  }

  @Test
  void everyBrsCeilingDateFallsInsideTheTablesCoverageForACommuneNotReclassified() {
    for (int year : BrsCeilings.years()) {
      assertThat(LocalDate.of(year, 1, 1)).isAfterOrEqualTo(Zoning.PREVIOUS_REVISION_IN_FORCE);
    }
  }

  @Test
  void anUnknownCommuneIsATypedErrorOnADateToo() {
    assertThatThrownBy(() -> Zoning.zoneOn("01999", LocalDate.of(2025, 1, 1))).isInstanceOf(UnknownCommuneException.class);
    assertThatThrownBy(() -> Zoning.reclassifiedInJuly2024("01999")).isInstanceOf(UnknownCommuneException.class);
  }

  @Test
  void aLookupRoundTripsThroughJson() throws Exception {
    for (ZoneLookup l : List.of(Zoning.zoneOn(CESSY, LocalDate.of(2024, 1, 15)),
        Zoning.zoneOn(CHEVRY, LocalDate.of(2024, 1, 15)))) {
      String json = EssJson.mapper().writeValueAsString(l);
      assertThat(EssJson.mapper().readValue(json, ZoneLookup.class)).isEqualTo(l);
    }
  }

  @Test
  void everyCommuneAndItsReclassificationFlagMatchTheProjectsDataTable() throws Exception {
    Path table = Path.of("../../shared/data/zonage-abc-2024-07.csv");
    Assumptions.assumeTrue(Files.exists(table), "the project's data table is beside the repository");
    List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).endsWith("Reclassement juillet 2024");
    int reclassified = 0;
    for (String line : lines.subList(1, lines.size())) {
      // CODGEO;REG;DEP;LIBGEO;zone;Reclassement juillet 2024
      String[] f = line.split(";", -1);
      assertThat(Zoning.zoneOf(f[0])).as(line).isEqualTo(Zone.ofCode(f[4]));
      assertThat(Zoning.communeName(f[0])).as(line).isEqualTo(f[3]);
      boolean flag = f[5].equals("Oui");
      assertThat(Zoning.reclassifiedInJuly2024(f[0])).as(line).isEqualTo(flag);
      // before 5 July 2024 a reclassified commune has no known zone; the others keep theirs
      ZoneLookup june = Zoning.zoneOn(f[0], LocalDate.of(2024, 6, 30));
      assertThat(june.zone()).as(line).isEqualTo(flag ? java.util.Optional.empty() : java.util.Optional.of(Zone.ofCode(f[4])));
      reclassified += flag ? 1 : 0;
    }
    assertThat(lines.size() - 1).isEqualTo(Zoning.size()).isEqualTo(34935);
    assertThat(reclassified).isEqualTo(865);
  }
}
