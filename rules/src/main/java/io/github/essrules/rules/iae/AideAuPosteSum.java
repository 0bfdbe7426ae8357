package io.github.essrules.rules.iae;

import io.github.essrules.core.param.DatedParameter;
import io.github.essrules.core.param.DatedValue;
import io.github.essrules.rules.amounts.LegalParameters;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legal computation of the aide au poste d'insertion: C. trav., art. R5132-37
 * (LEGIARTI000045950362) and R5132-38 (LEGIARTI000045950359), in their versions in force since
 * 23 June 2022, quoted from {@code shared/law/texts/code-du-travail.md}. The result and its
 * explanation are assembled by {@link AideAuPoste}.
 *
 * <p>Not thread-safe: one per computation.
 */
final class AideAuPosteSum {
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigInteger THREE_BIG = BigInteger.valueOf(3);
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private final Optional<BigDecimal> conventionPosts;
  private final List<AideAuPoste.SocleLine> lines = new ArrayList<>();
  private BigDecimal above = BigDecimal.ZERO;
  private BigDecimal products = BigDecimal.ZERO;
  private DatedValue<BigDecimal> current;
  private BigDecimal fteMonths = BigDecimal.ZERO;

  AideAuPosteSum(Optional<BigDecimal> conventionPosts) {
    this.conventionPosts = conventionPosts;
  }

  /**
   * The montant socle of a kind of structure: R5132-38, third sentence: "Son montant socle, le
   * montant maximum de la part modulée […] et ses conditions de versement sont fixés par arrêté
   * conjoint des ministres chargés de l'emploi et du budget […]" — a dated parameter, revalued each
   * year by arrêté. R5132-37 and R5132-38 are the ACI's articles; the aids of EI, ETTI and AI are
   * computed the same way from their own socles, under articles not quoted here (not in
   * {@code shared/law/texts}).
   *
   * @param s the kind of structure
   * @return the parameter
   */
  static DatedParameter<BigDecimal> socle(AideAuPosteFacts.Structure s) {
    switch (s) {
      case ACI:
        return LegalParameters.decimal(LegalParameters.IAE_AIDE_AU_POSTE_ACI);
      case EI:
        return LegalParameters.decimal(LegalParameters.IAE_AIDE_AU_POSTE_EI);
      case ETTI:
        return LegalParameters.decimal(LegalParameters.IAE_AIDE_AU_POSTE_ETTI);
      default:
        return LegalParameters.decimal(LegalParameters.IAE_AIDE_AU_POSTE_AI);
    }
  }

  /**
   * R5132-37, first sentence: the hiring "ouvre droit, dans la limite du nombre de postes d'insertion
   * fixé par la convention, à une aide financière" — a month's FTE above the convention's posts is
   * not paid.
   *
   * @param fte the month's FTE
   * @param posts the convention's posts, if known
   * @return the FTE paid
   */
  static BigDecimal withinConventionPosts(BigDecimal fte, Optional<BigDecimal> posts) {
    return posts.isPresent() && fte.compareTo(posts.get()) > 0 ? posts.get() : fte;
  }

  /**
   * R5132-38, first two sentences: "L'aide financière est versée à l'organisme conventionné au titre
   * d'un atelier ou chantier d'insertion pour chaque poste de travail occupé à temps plein. Le cas
   * échéant, le montant de l'aide est réduit à due proportion de l'occupation des postes." Adds a
   * month: its FTE (within the posts) at the socle in force on its first day.
   *
   * @param socle the socle of the month
   * @param fte the month's FTE
   */
  void addMonth(DatedValue<BigDecimal> socle, BigDecimal fte) {
    BigDecimal paid = withinConventionPosts(fte, conventionPosts);
    if (paid != fte) {
      above = above.add(fte.subtract(paid));
    }
    if (current != null && !current.equals(socle)) {
      closeLine();
    }
    current = socle;
    fteMonths = fteMonths.add(paid);
  }

  private void closeLine() {
    lines.add(line(current, fteMonths));
    products = products.add(current.value().multiply(fteMonths));
    fteMonths = BigDecimal.ZERO;
  }

  /**
   * R5132-37, second sentence: "Cette aide comprend un montant socle et un montant modulé." The
   * total (Σ socle × FTE-months) × (1 + modulated rate) ÷ 12, rounded once to the cent, half up,
   * from the exact quotient (the text is silent on rounding).
   *
   * @param modulatedRate the modulated part the préfet decided, as a share of the socle
   * @return the total
   */
  BigDecimal total(BigDecimal modulatedRate) {
    closeLine();
    return products.multiply(BigDecimal.ONE.add(modulatedRate)).divide(TWELVE, 2, AideAuPoste.ROUNDING);
  }

  List<AideAuPoste.SocleLine> lines() {
    return lines;
  }

  BigDecimal products() {
    return products;
  }

  BigDecimal fteMonthsAbove() {
    return above;
  }

  /**
   * x ÷ 12 exactly when it terminates, else to ten decimals (for reading only). x ÷ 4 always
   * terminates; the quotient by 3 terminates when the unscaled value is a multiple of 3 — tested
   * first rather than caught as an exception, which is slow.
   */
  static BigDecimal exactOrTenDecimals(BigDecimal x) {
    BigDecimal quarter = x.divide(FOUR);
    if (quarter.unscaledValue().mod(THREE_BIG).signum() == 0) {
      return quarter.divide(THREE);
    }
    return x.divide(TWELVE, 10, RoundingMode.HALF_EVEN);
  }

  private static AideAuPoste.SocleLine line(DatedValue<BigDecimal> socle, BigDecimal fteMonths) {
    boolean approximate = socle.reference().note().map(n -> n.startsWith("date approximative")).orElse(false);
    return AideAuPoste.SocleLine.builder().socle(socle).fteMonths(fteMonths)
        .amount(exactOrTenDecimals(socle.value().multiply(fteMonths))).approximateDate(approximate).build();
  }
}
