package io.github.essrules.rules.amounts;

import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.ParameterFile;
import io.github.essrules.core.param.ValueReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The legal amounts shipped with the library, by identifier, each read once from its YAML file
 * (strictly: a malformed file fails the first use, never yields a partial table).
 *
 * <pre>{@code
 * LegalParameters.decimal("smic-horaire-brut").at(LocalDate.of(2024, 11, 1)).value(); // 11.88
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class LegalParameters {
  /** Identifier of the hourly gross SMIC. */
  public static final String SMIC_HORAIRE_BRUT = "smic-horaire-brut";
  /** Identifier of the annual plafond de la sécurité sociale. */
  public static final String PLAFOND_SECURITE_SOCIALE_ANNUEL = "plafond-securite-sociale-annuel";

  /** Identifier of the minimum share of profit allocated to the fonds de développement (loi 2014-856, art. 1, II, 2°, c). */
  public static final String ESS_FONDS_DEVELOPPEMENT_TAUX = "ess-fonds-developpement-taux";
  /** Identifier of the fraction of capital below which the fonds de développement is fed (loi 2014-856, art. 1, II, 2°, c). */
  public static final String ESS_FONDS_DEVELOPPEMENT_SEUIL_RESERVES = "ess-fonds-developpement-seuil-reserves";
  /** Identifier of the minimum share of profit allocated to retained earnings and mandatory reserves (loi 2014-856, art. 1, II, 2°, c). */
  public static final String ESS_REPORT_RESERVES_TAUX = "ess-report-reserves-taux";
  /** Identifier of the margin added to the TMO (C. trav. R3332-21-1, 2°). */
  public static final String ESUS_MAJORATION_TMO = "esus-majoration-tmo";

  /** Identifier of the threshold of the franchise des impôts commerciaux (CGI 206-1 bis). */
  public static final String FRANCHISE_IMPOTS_COMMERCIAUX = "association-franchise-impots-commerciaux";
  /** Identifier of the resources above which one dirigeant may be paid (CGI 261-7-1° d). */
  public static final String DIRIGEANTS_SEUIL_1 = "association-dirigeants-ressources-seuil-1";
  /** Identifier of the resources above which two dirigeants may be paid. */
  public static final String DIRIGEANTS_SEUIL_2 = "association-dirigeants-ressources-seuil-2";
  /** Identifier of the resources above which three dirigeants may be paid. */
  public static final String DIRIGEANTS_SEUIL_3 = "association-dirigeants-ressources-seuil-3";
  /** Identifier of the tolerated monthly pay of a dirigeant, as a fraction of the SMIC. */
  public static final String DIRIGEANTS_TOLERANCE_SMIC = "association-dirigeants-tolerance-smic";
  /** Identifier of the cap on a paid dirigeant's annual pay, as a multiple of the PSS. */
  public static final String DIRIGEANTS_PLAFOND_PSS = "association-dirigeants-plafond-pss";

  /** Identifier of the cap on the share of a SCIC's capital held by collectivités (loi 47-1775, art. 19 septies). */
  public static final String SCIC_PLAFOND_CAPITAL_COLLECTIVITES = "scic-plafond-capital-collectivites";

  /** Identifier of the aide au poste socle of an ACI (C. trav. R5132-37, R5132-38). */
  public static final String IAE_AIDE_AU_POSTE_ACI = "iae-aide-au-poste-aci";
  /** Identifier of the aide au poste socle of an EI. */
  public static final String IAE_AIDE_AU_POSTE_EI = "iae-aide-au-poste-ei";
  /** Identifier of the aide au poste socle of an ETTI. */
  public static final String IAE_AIDE_AU_POSTE_ETTI = "iae-aide-au-poste-etti";
  /** Identifier of the aide au poste socle of an AI. */
  public static final String IAE_AIDE_AU_POSTE_AI = "iae-aide-au-poste-ai";

  /** Identifier of the amount above which a subsidy requires a convention (loi n° 2000-321, art. 10; décret n° 2001-495). */
  public static final String SUBVENTION_SEUIL_CONVENTION = "subvention-seuil-convention";
  /** Identifier of the amount above which a subsidy convention's essential data are published (décret n° 2017-779). */
  public static final String SUBVENTION_SEUIL_DONNEES_ESSENTIELLES = "subvention-seuil-donnees-essentielles";
  /** Identifier of the population from which a collectivité publishes those data (décret n° 2017-779). */
  public static final String SUBVENTION_DONNEES_ESSENTIELLES_SEUIL_HABITANTS =
      "subvention-donnees-essentielles-seuil-habitants";
  /** Identifier of the annual cash subsidies above which an association's accounts are audited and published (C. com. L612-4). */
  public static final String ASSOCIATION_SUBVENTIONS_SEUIL_L612_4 = "association-subventions-seuil-l612-4";
  /** Identifier of the de minimis ceiling, general regime (Règl. (UE) n° 1407/2013, then 2023/2831). */
  public static final String DE_MINIMIS_PLAFOND_GENERAL = "de-minimis-plafond-general";
  /** Identifier of the de minimis ceiling of services of general economic interest (Règl. (UE) 2023/2832). */
  public static final String DE_MINIMIS_PLAFOND_SIEG = "de-minimis-plafond-sieg";
  /** Identifier of the yearly aid per full-time adulte-relais post (C. trav. D5134-160). */
  public static final String ADULTE_RELAIS_AIDE_ANNUELLE = "adulte-relais-aide-annuelle";
  /** Identifier of the minimum age of an adulte-relais at the signature (C. trav. L5134-102). */
  public static final String ADULTE_RELAIS_AGE_MINIMUM = "adulte-relais-age-minimum";

  private static final String FOLDER = "/io/github/essrules/rules/amounts/";
  private static final List<String> DECIMAL_IDS = List.of(SMIC_HORAIRE_BRUT, PLAFOND_SECURITE_SOCIALE_ANNUEL,
      ESS_FONDS_DEVELOPPEMENT_TAUX, ESS_FONDS_DEVELOPPEMENT_SEUIL_RESERVES, ESS_REPORT_RESERVES_TAUX,
      ESUS_MAJORATION_TMO, FRANCHISE_IMPOTS_COMMERCIAUX, DIRIGEANTS_SEUIL_1, DIRIGEANTS_SEUIL_2,
      DIRIGEANTS_SEUIL_3, DIRIGEANTS_TOLERANCE_SMIC, DIRIGEANTS_PLAFOND_PSS, SCIC_PLAFOND_CAPITAL_COLLECTIVITES,
      IAE_AIDE_AU_POSTE_ACI, IAE_AIDE_AU_POSTE_EI, IAE_AIDE_AU_POSTE_ETTI, IAE_AIDE_AU_POSTE_AI,
      SUBVENTION_SEUIL_CONVENTION, SUBVENTION_SEUIL_DONNEES_ESSENTIELLES,
      SUBVENTION_DONNEES_ESSENTIELLES_SEUIL_HABITANTS, ASSOCIATION_SUBVENTIONS_SEUIL_L612_4,
      DE_MINIMIS_PLAFOND_GENERAL, DE_MINIMIS_PLAFOND_SIEG, ADULTE_RELAIS_AIDE_ANNUELLE, ADULTE_RELAIS_AGE_MINIMUM);

  private LegalParameters() {}

  /** The parameters read so far: each YAML file is read the first time its parameter is asked for. */
  private static final ConcurrentMap<String, DatedParameter<BigDecimal>> LOADED = new ConcurrentHashMap<>();

  private static DatedParameter<BigDecimal> load(String id) {
    String file = FOLDER + id + ".yaml";
    DatedParameter<BigDecimal> p = ParameterFile.load(
        file, LegalParameters.class.getResourceAsStream(file), ValueReader.decimal());
    if (!p.id().equals(id)) {
      throw new IllegalStateException(file + " declares id " + p.id() + ", expected " + id);
    }
    return p;
  }

  /**
   * The identifiers of every shipped parameter.
   *
   * @return the identifiers, in a stable order
   */
  public static List<String> ids() {
    return DECIMAL_IDS;
  }

  /**
   * A shipped decimal parameter.
   *
   * @param id its identifier
   * @return the parameter
   * @throws NoSuchElementException if no shipped parameter has that identifier
   */
  public static DatedParameter<BigDecimal> decimal(String id) {
    DatedParameter<BigDecimal> loaded = LOADED.get(id);
    if (loaded != null) {
      // rules look their parameters up on every evaluation: no Optional once loaded
      return loaded;
    }
    return find(id).orElseThrow(() ->
        new NoSuchElementException("no parameter '" + id + "'; known: " + DECIMAL_IDS));
  }

  /**
   * A shipped decimal parameter, if there is one of that identifier.
   *
   * @param id an identifier
   * @return the parameter
   */
  public static Optional<DatedParameter<BigDecimal>> find(String id) {
    if (!DECIMAL_IDS.contains(id)) {
      return Optional.empty();
    }
    return Optional.of(LOADED.computeIfAbsent(id, LegalParameters::load));
  }

  /**
   * Checks that the parameters a user supplies extend shipped ones: same identifier, same unit.
   *
   * @param supplied the parameters
   * @throws io.github.essrules.core.param.ParameterFileException listing every parameter whose
   *     identifier is unknown (with the known ones) or whose unit differs
   */
  public static void checkSupplied(io.github.essrules.core.param.ParameterSet supplied) {
    List<String> problems = new java.util.ArrayList<>();
    for (DatedParameter<BigDecimal> p : supplied.all()) {
      Optional<DatedParameter<BigDecimal>> shipped = find(p.id());
      if (shipped.isEmpty()) {
        problems.add("id: unknown parameter '" + p.id() + "'; known: " + DECIMAL_IDS);
      } else if (!shipped.get().unit().equals(p.unit())) {
        problems.add(p.id() + ": unit: '" + p.unit() + "' differs from the library's '" + shipped.get().unit() + "'");
      }
    }
    if (!problems.isEmpty()) {
      throw new io.github.essrules.core.param.ParameterFileException(supplied.toString(), problems);
    }
  }

  /**
   * Every shipped parameter.
   *
   * @return the parameters, in the order of {@link #ids()}
   */
  public static List<DatedParameter<BigDecimal>> all() {
    return DECIMAL_IDS.stream().map(LegalParameters::decimal).toList();
  }
}
