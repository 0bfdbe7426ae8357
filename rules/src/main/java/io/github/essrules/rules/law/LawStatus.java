package io.github.essrules.rules.law;

import io.github.essrules.core.law.Applicability;
import io.github.essrules.core.law.ArticleHistory;
import io.github.essrules.core.law.ArticleVersion;
import io.github.essrules.core.law.LawPolicy;
import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.Regime;
import io.github.essrules.core.verdict.LawOptions;
import io.github.essrules.rules.amounts.LegalParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the library knows of the law on a date: for every shipped parameter and every text, the
 * dates covered, the regime, the day of verification, the horizon of presumption, the next
 * revision the law schedules, and what the date gets — verified, presumed or refused. It is what a
 * team reads to decide when to upgrade the library (after OpenFisca users' {@code rules:outdated}
 * request, openfisca-core #1008), and to choose between the standard and the strict policy
 * (openfisca-core #437).
 *
 * <pre>{@code
 * LawStatus s = LawStatus.of(LocalDate.of(2026, 12, 1), LawOptions.standard());
 * s.parameters().get(0).onDate();   // PRESUMED for the SMIC: verified 2026-11-27
 * s.dueSoon();                      // the SMIC: revalued on 2027-01-01, within a month
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asOf the date the report is about
 * @param policy the policy it applies
 * @param parameters every shipped parameter, in the order of {@link LegalParameters#ids()}
 * @param texts every text of {@link LegalTexts#all()}
 */
public record LawStatus(LocalDate asOf, LawPolicy policy, List<ParameterStatus> parameters, List<TextStatus> texts) {
  /** How close a revision or the end of a presumption must be to the date to be "due soon". */
  public static final java.time.Period DUE_SOON = java.time.Period.ofMonths(1);

  /**
   * The status of one parameter.
   *
   * @param id the parameter's identifier
   * @param unit its unit
   * @param regime how the law changes it
   * @param coverage the dates given a value under the policy, in words
   * @param lastVerifiedDay the last day covered by a verified value
   * @param lastDayServed the last day a value is given under the policy (the horizon)
   * @param nextScheduledRevision the next revision the law schedules, if any
   * @param onDate what the date asked about gets
   * @param suppliedByUser whether the user supplies a value for the date asked about
   * @param dueSoon whether the next scheduled revision or the horizon falls within a month of
   *     the date asked about
   */
  public record ParameterStatus(String id, String unit, Regime regime, String coverage, LocalDate lastVerifiedDay,
      LocalDate lastDayServed, Optional<LocalDate> nextScheduledRevision, Applicability onDate,
      boolean suppliedByUser, boolean dueSoon) {}

  /**
   * The status of one text.
   *
   * @param citation the article or text
   * @param versionInForce the identifier of the version in force on the date, if known
   * @param versionSince the first day of the version in force on the date, if any
   * @param coverage the dates a version is applied under the policy, in words
   * @param verifiedOn the day its versions were last verified
   * @param lastDayServed the last day a version is applied under the policy (the horizon)
   * @param onDate what the date asked about gets
   * @param dueSoon whether the horizon falls within a month of the date asked about
   */
  public record TextStatus(String citation, Optional<String> versionInForce, Optional<LocalDate> versionSince,
      String coverage, LocalDate verifiedOn, LocalDate lastDayServed, Applicability onDate, boolean dueSoon) {}

  /**
   * The report, the lists copied.
   *
   * @param asOf the date
   * @param policy the policy
   * @param parameters the parameters
   * @param texts the texts
   */
  public LawStatus {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    parameters = List.copyOf(parameters);
    texts = List.copyOf(texts);
  }

  /**
   * The report on a date.
   *
   * @param asOf the date
   * @param options the policy and the values supplied by the user
   * @return the report
   */
  public static LawStatus of(LocalDate asOf, LawOptions options) {
    Objects.requireNonNull(asOf, "asOf");
    LawPolicy policy = options.policy();
    LocalDate soon = asOf.plus(DUE_SOON);
    List<ParameterStatus> parameters = new ArrayList<>();
    for (DatedParameter<BigDecimal> p : LegalParameters.all()) {
      LocalDate served = p.lastDayServed(policy);
      Optional<LocalDate> revision = p.nextScheduledRevision();
      boolean supplied = options.suppliedParameters().find(p.id())
          .map(s -> s.applicability(asOf, policy) != Applicability.REFUSED).orElse(false);
      boolean dueSoon = revision.map(r -> !r.isBefore(asOf) && !r.isAfter(soon)).orElse(false)
          || (!served.isBefore(asOf) && served.isBefore(soon));
      parameters.add(new ParameterStatus(p.id(), p.unit(), p.regime(), p.coverage(policy), p.lastVerifiedDay(),
          served, revision, p.applicability(asOf, policy), supplied, dueSoon));
    }
    List<TextStatus> texts = new ArrayList<>();
    for (ArticleHistory h : LegalTexts.all()) {
      Optional<ArticleVersion> v = h.versionAt(asOf);
      LocalDate served = h.lastDayServed(policy);
      boolean dueSoon = h.latest().validUntil().isEmpty() && !served.isBefore(asOf) && served.isBefore(soon);
      texts.add(new TextStatus(h.citation(), v.flatMap(ArticleVersion::legifranceId), v.map(ArticleVersion::validFrom),
          h.coverage(policy), h.verifiedOn(), served, h.applicability(asOf, policy), dueSoon));
    }
    return new LawStatus(asOf, policy, parameters, texts);
  }

  /**
   * The parameters and texts whose next revision or horizon falls within a month of the date.
   *
   * @return their identifiers or citations
   */
  public List<String> dueSoon() {
    List<String> out = new ArrayList<>();
    parameters.stream().filter(ParameterStatus::dueSoon).forEach(p -> out.add(p.id()));
    texts.stream().filter(TextStatus::dueSoon).forEach(t -> out.add(t.citation()));
    return out;
  }
}
