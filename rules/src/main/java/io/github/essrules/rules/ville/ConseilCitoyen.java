package io.github.essrules.rules.ville;

import static io.github.essrules.rules.internal.Conditions.msg;

import io.github.essrules.core.i18n.MessageArg;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.LegalReference;
import io.github.essrules.core.law.TextKind;
import io.github.essrules.core.verdict.BaseRule;
import io.github.essrules.core.verdict.Comparison;
import io.github.essrules.core.verdict.Finding;
import io.github.essrules.core.verdict.LawContext;
import io.github.essrules.core.verdict.Notice;
import io.github.essrules.core.verdict.Operator;
import io.github.essrules.core.verdict.Outcome;
import io.github.essrules.core.verdict.Verdict;
import io.github.essrules.rules.internal.Conditions;
import io.github.essrules.rules.internal.Titles;
import io.github.essrules.rules.law.LegalTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conseil citoyen of a quartier prioritaire (loi n° 2014-173 du 21 février 2014, art. 7), as
 * the text in force on the date asked about composes it.
 *
 * <p>Up to 16 November 2024, the original version (LEGIARTI000028638827) [V]: « Un conseil
 * citoyen est mis en place dans chaque quartier prioritaire de la politique de la ville […] Le
 * conseil citoyen est composé, d'une part, d'habitants tirés au sort dans le respect de la parité
 * entre les femmes et les hommes et, d'autre part, de représentants des associations et acteurs
 * locaux. » So: a council in the quartier; two parts, each of at least one member (the text sets
 * no proportion between them); the inhabitants drawn by lot; at parity — read as women and men
 * differing by at most one, an interpretation (the text does not say how an odd number is
 * treated), cited with {@link Confidence#UNCONFIRMED}.
 *
 * <p>From 17 November 2024: décret n° 2024-1036 du 15 novembre 2024 (after the Conseil
 * constitutionnel's décision n° 2024-306 L) modified art. 7 and, per irev.fr, removed « la notion
 * de tirage au sort ainsi que les modalités de reconnaissance par l'Etat » [S]; the current wording
 * was not read [?]. The library then applies: a council in the quartier (the duty is presumed to
 * remain, {@link Confidence#UNCONFIRMED}); the drawing by lot and the parity that qualified it no
 * longer checked (not applicable, [S]); the composition as the contrat de ville sets it (a fact
 * the user states).
 *
 * <p>Not modelled: the diagnostic of participatory practices, independence, the préfet's
 * recognition and the structure porteuse, the association to the contrat de ville's bodies, the
 * droit d'interpellation (loi n° 2017-86).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConseilCitoyen extends BaseRule<ConseilCitoyenFacts> {
  /** The rule's identifier. */
  public static final String ID = "conseil-citoyen";
  /** The first day of the version modified by décret n° 2024-1036 [S]. */
  public static final LocalDate REFORM = LocalDate.of(2024, 11, 17);
  /** The largest difference between women and men drawn read as parity (interpretation). */
  public static final int PARITY_GAP = 1;

  static final LegalReference DECRET_2024_1036 = LegalReference.builder().kind(TextKind.DECRET)
      .citation("Décret n° 2024-1036 du 15 novembre 2024 (modifie les art. 6, 7 et 13 de la loi n° 2014-173)")
      .confidence(Confidence.SECONDARY)
      .note("suppression du tirage au sort selon irev.fr ; rédaction de l'art. 7 en vigueur non lue").build();
  private static final ConseilCitoyen INSTANCE = new ConseilCitoyen();

  private ConseilCitoyen() {
    super(ID, ConseilCitoyenFacts.class, Titles.of(ID));
  }

  /**
   * The rule.
   *
   * @return the shared instance
   */
  public static ConseilCitoyen get() {
    return INSTANCE;
  }

  @Override
  protected Verdict decide(ConseilCitoyenFacts f, LawContext law) {
    LocalDate asOf = law.asOf();
    ArticleVersion version = law.article(LegalTexts.LOI_VILLE_ART_7);
    boolean reformed = !asOf.isBefore(REFORM);
    LegalReference art7 = LegalTexts.LOI_VILLE_ART_7.referenceTo(version,
        reformed ? Confidence.UNCONFIRMED : Confidence.VERIFIED);
    List<Finding> findings = new ArrayList<>();
    Optional<Qpv> qpv = f.qpv().flatMap(QpvRegistry::byCode);
    MessageArg quartier = MessageArg.text(qpv.map(q -> q.code() + " " + q.name()).orElse(f.qpv().orElse("—")));
    findings.add(Conditions.stated("cc.established", art7, f.established(), "/established", "cc.established",
        quartier));
    Verdict.Builder v = Verdict.builder().ruleId(ID).asOf(asOf);
    if (f.established().isPresent() && !f.established().get()) {
      return v.outcome(Outcome.NOT_SATISFIED).addAllFindings(findings).build();
    }
    findings.add(colleges(f, art7));
    if (reformed) {
      findings.add(Conditions.decided("cc.lot", Outcome.NOT_APPLICABLE, DECRET_2024_1036, msg("cc.lot.reformed")));
      findings.add(Conditions.decided("cc.parity", Outcome.NOT_APPLICABLE, DECRET_2024_1036,
          msg("cc.parity.reformed")));
      findings.add(Conditions.stated("cc.contrat-de-ville", DECRET_2024_1036, f.compositionPerContratDeVille(),
          "/compositionPerContratDeVille", "cc.contrat-de-ville"));
      v.addNotices(Notice.of("cc.reform", DECRET_2024_1036, msg("cc.notice.reform")));
    } else {
      findings.add(Conditions.stated("cc.lot", art7, f.inhabitantsDrawnByLot(), "/inhabitantsDrawnByLot", "cc.lot"));
      findings.add(parity(f, LegalReference.builder().from(art7).confidence(Confidence.UNCONFIRMED)
          .note("parité lue comme un écart d'au plus une personne : interprétation, le texte ne le précise pas")
          .build()));
    }
    return v.outcome(Conditions.outcomeOfAll(findings)).addAllFindings(findings).build();
  }

  /** « composé, d'une part, d'habitants […] et, d'autre part, de représentants des associations et acteurs locaux ». */
  private static Finding colleges(ConseilCitoyenFacts f, LegalReference ref) {
    List<String> missing = missingCounts(f, true);
    if (!missing.isEmpty()) {
      return Conditions.missing("cc.colleges", ref, msg("cc.colleges.missing"), missing);
    }
    int inhabitants = f.inhabitantWomen().get() + f.inhabitantMen().get();
    Comparison h = Comparison.of(msg("cc.colleges.inhabitants"), MessageArg.number(inhabitants), Operator.AT_LEAST,
        MessageArg.number(1));
    Comparison a = Comparison.of(msg("cc.colleges.actors"), MessageArg.number(f.localActors().get()),
        Operator.AT_LEAST, MessageArg.number(1));
    return Finding.compared("cc.colleges", ref, msg("cc.colleges"), h, a);
  }

  /** The pointers of the members' counts not given: women, men and, if asked, local actors. */
  private static List<String> missingCounts(ConseilCitoyenFacts f, boolean actors) {
    List<String> missing = new ArrayList<>(3);
    if (f.inhabitantWomen().isEmpty()) {
      missing.add("/inhabitantWomen");
    }
    if (f.inhabitantMen().isEmpty()) {
      missing.add("/inhabitantMen");
    }
    if (actors && f.localActors().isEmpty()) {
      missing.add("/localActors");
    }
    return missing;
  }

  private static Finding parity(ConseilCitoyenFacts f, LegalReference ref) {
    List<String> missing = missingCounts(f, false);
    if (!missing.isEmpty()) {
      return Conditions.missing("cc.parity", ref, msg("cc.colleges.missing"), missing);
    }
    int gap = Math.abs(f.inhabitantWomen().get() - f.inhabitantMen().get());
    Comparison c = Comparison.of(msg("cc.parity.subject"), MessageArg.number(gap), Operator.AT_MOST,
        MessageArg.number(PARITY_GAP));
    return Finding.compared("cc.parity", ref,
        msg("cc.parity", MessageArg.number(f.inhabitantWomen().get()), MessageArg.number(f.inhabitantMen().get())), c);
  }
}
