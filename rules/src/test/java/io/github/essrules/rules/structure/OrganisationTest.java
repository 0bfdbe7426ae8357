package io.github.essrules.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.essrules.core.validation.FactsValidator;
import io.github.essrules.core.validation.Violation;
import io.github.essrules.rules.ess.LegalForm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The organisation's own checks and readings: the company type of a société (C. com., art. L210-1
 * and loi n° 47-1775, art. 1er: a coopérative is a société of a commercial type), the RNA number
 * of a declared association (loi du 1er juillet 1901, art. 5), the local law of Alsace-Moselle
 * (Moselle 57, Bas-Rhin 67, Haut-Rhin 68), and the qualifications read by kind.
 */
class OrganisationTest {
  private static List<String> pointers(Organisation o) {
    return FactsValidator.shared().violations(o).stream().map(Violation::pointer).toList();
  }

  private static Organisation.Builder named(LegalForm form) {
    return Organisation.builder().name("Organisation").legalForm(form);
  }

  @Test
  void eachSocieteNeedsACompanyType_aScopSarlAScicSasACommercialSa() {
    for (LegalForm form : List.of(LegalForm.SCOP, LegalForm.SCIC, LegalForm.COMMERCIAL_COMPANY)) {
      assertThat(pointers(named(form).build())).as(form.name()).containsExactly("/companyTypeMatchesForm");
      assertThat(pointers(named(form).companyType(CompanyType.SARL).build())).as(form.name()).isEmpty();
    }
  }

  @Test
  void anAssociationOrAFondationHasNoCompanyType_loi_1901() {
    for (LegalForm form : List.of(LegalForm.ASSOCIATION, LegalForm.FONDATION)) {
      assertThat(pointers(named(form).build())).as(form.name()).isEmpty();
      assertThat(pointers(named(form).companyType(CompanyType.SAS).build())).as(form.name())
          .containsExactly("/companyTypeMatchesForm");
    }
  }

  @Test
  void aMutuelleMayOrMayNotStateACompanyType_neitherASocieteNorAnAssociation() {
    assertThat(pointers(named(LegalForm.MUTUELLE).build())).isEmpty();
    assertThat(pointers(named(LegalForm.MUTUELLE).companyType(CompanyType.SA).build())).isEmpty();
  }

  @Test
  void anRnaNumberOnlyForAnAssociation_loi_1901_art_5() {
    assertThat(pointers(named(LegalForm.ASSOCIATION).rna("W751000001").build())).isEmpty();
    assertThat(pointers(named(LegalForm.FONDATION).rna("W751000001").build()))
        .containsExactly("/rnaOnlyForAssociations");
    assertThat(pointers(named(LegalForm.SCOP).companyType(CompanyType.SARL).rna("W751000001").build()))
        .containsExactly("/rnaOnlyForAssociations");
  }

  @Test
  void theLocalLawOfAlsaceMoselleByTheCommuneOfTheRegisteredOffice() {
    assertThat(named(LegalForm.ASSOCIATION).registeredOfficeCommune("57463").build().inAlsaceMoselle()).isTrue(); // Metz
    assertThat(named(LegalForm.ASSOCIATION).registeredOfficeCommune("67482").build().inAlsaceMoselle()).isTrue(); // Strasbourg
    assertThat(named(LegalForm.ASSOCIATION).registeredOfficeCommune("68224").build().inAlsaceMoselle()).isTrue(); // Mulhouse
    assertThat(named(LegalForm.ASSOCIATION).registeredOfficeCommune("54395").build().inAlsaceMoselle()).isFalse(); // Nancy
    assertThat(named(LegalForm.ASSOCIATION).build().inAlsaceMoselle()).isFalse();
  }

  @Test
  void theQualificationsOfOneKind_unknownWhenLeftOut_emptyWhenNoneOfThatKind() {
    Qualifications.EsusAgrement esus = Qualifications.EsusAgrement.builder().since(LocalDate.of(2024, 3, 1))
        .until(LocalDate.of(2029, 2, 28)).build();
    QpvLocation qpv = QpvLocation.builder().qpvCode("QN06312M").build();
    Organisation o = named(LegalForm.ASSOCIATION).qualifications(List.of(esus, qpv)).build();
    assertThat(o.qualifications(Qualifications.EsusAgrement.class)).contains(List.of(esus));
    assertThat(o.qualifications(QpvLocation.class)).contains(List.of(qpv));
    assertThat(o.qualifications(CaeActivity.class)).contains(List.of());
    assertThat(named(LegalForm.ASSOCIATION).build().qualifications(CaeActivity.class)).isEmpty();
  }

  @Test
  void eachValueGivesABuilderHoldingItsAttributes() {
    Organisation o = named(LegalForm.SCIC).companyType(CompanyType.SAS).build();
    assertThat(o.toBuilder().build()).isEqualTo(o);
    assertThat(o.toBuilder().name("Autre").build().name()).isEqualTo("Autre");
    Qualifications.EsusAgrement esus = Qualifications.EsusAgrement.builder().until(LocalDate.of(2029, 2, 28)).build();
    assertThat(esus.toBuilder().build()).isEqualTo(esus);
    Qualifications.SiaeConvention siae = Qualifications.SiaeConvention.builder()
        .kind(Qualifications.SiaeConvention.Kind.ACI).build();
    assertThat(siae.toBuilder().build()).isEqualTo(siae);
    Qualifications.RegieDeQuartierLabel label = Qualifications.RegieDeQuartierLabel.builder().charterSigned(true)
        .territoire(false).build();
    assertThat(label.toBuilder().build()).isEqualTo(label);
    Qualifications.UtilitePublique rup = Qualifications.UtilitePublique.builder().since(LocalDate.of(1990, 1, 1)).build();
    assertThat(rup.toBuilder().build()).isEqualTo(rup);
    CaeActivity cae = CaeActivity.builder().since(LocalDate.of(2015, 1, 1)).build();
    assertThat(cae.toBuilder().build()).isEqualTo(cae);
    QpvLocation qpv = QpvLocation.builder().qpvCode("QN06312M").build();
    assertThat(qpv.toBuilder().build()).isEqualTo(qpv);
  }
}
