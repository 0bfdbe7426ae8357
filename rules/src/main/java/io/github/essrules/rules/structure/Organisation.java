package io.github.essrules.rules.structure;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.validation.AccessorConstraints;
import io.github.essrules.core.validation.FrenchIdentifier;
import io.github.essrules.core.validation.NotAfterAsOf;
import io.github.essrules.rules.ess.LegalForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation of the social and solidarity economy as the rules see it: a legal form (with
 * the company type of a société), identifiers, creation date, registered office, and the
 * qualifications it holds from elsewhere (ESUS agrément, SIAE conventions, CAE activity, régie de
 * quartier label, reconnaissance d'utilité publique, location in a QPV).
 *
 * <pre>{@code
 * Organisation o = Organisation.builder()
 *     .name("Régie de territoire CUCM Bassin Nord").legalForm(LegalForm.ASSOCIATION)
 *     .rna("W711000001").creationDate(LocalDate.of(2006, 3, 1)).registeredOfficeCommune("71153")
 *     .qualifications(List.of(Qualifications.RegieDeQuartierLabel.builder().charterSigned(true).build()))
 *     .build();
 * }</pre>
 *
 * <p>Checked: a société (SCOP, SCIC, commercial company) has a company type, an association or a
 * fondation has none; an RNA number only for an association; identifiers are well-formed.
 *
 * <p>This class is immutable and thread-safe.
 */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableOrganisation.class)
@JsonDeserialize(as = ImmutableOrganisation.class)
@AccessorConstraints
public abstract class Organisation {
  Organisation() {}

  /**
   * The name.
   *
   * @return the name
   */
  @JsonPropertyDescription("The organisation's name.")
  @NotNull
  @Size(min = 1, max = 300)
  public abstract String name();

  /**
   * The legal form.
   *
   * @return the form
   */
  @JsonPropertyDescription("The legal form (association, fondation, mutuelle, SCOP, SCIC, other cooperative, "
      + "commercial company…).")
  @NotNull
  public abstract LegalForm legalForm();

  /**
   * The company type of a société (SCOP, SCIC, commercial company).
   *
   * @return the type
   */
  @JsonPropertyDescription("The company type of a société (SCOP, SCIC, commercial company): SA, SARL, SAS, SNC or "
      + "SCA; none for an association or a fondation.")
  public abstract Optional<CompanyType> companyType();

  /**
   * The SIREN.
   *
   * @return the SIREN
   */
  @JsonPropertyDescription("The SIREN: nine digits with a valid key.")
  public abstract Optional<@FrenchIdentifier(FrenchIdentifier.Kind.SIREN) String> siren();

  /**
   * The RNA number of an association.
   *
   * @return the number
   */
  @JsonPropertyDescription("The RNA number of an association: W and nine digits.")
  public abstract Optional<@FrenchIdentifier(FrenchIdentifier.Kind.RNA) String> rna();

  /**
   * The creation date (declaration of an association, registration of a société); not after the
   * date asked about.
   *
   * @return the date
   */
  @JsonPropertyDescription("The creation date (declaration of an association, registration of a société); not after "
      + "the date asked about.")
  public abstract Optional<@NotAfterAsOf LocalDate> creationDate();

  /**
   * The INSEE code of the commune of the registered office.
   *
   * @return the code
   */
  @JsonPropertyDescription("The INSEE code of the commune of the registered office.")
  public abstract Optional<@FrenchIdentifier(FrenchIdentifier.Kind.INSEE_COMMUNE) String> registeredOfficeCommune();

  /**
   * The qualifications held, if known; empty when it holds none. Left out, a rule that needs one
   * (a régie's label, an SIAE convention for a reserved contract) is undetermined and names
   * {@code qualifications} ({@linkplain io.github.essrules.rules unknown and empty facts}).
   *
   * @return the qualifications, if known
   */
  @JsonPropertyDescription("The qualifications held from outside the legal form (ESUS agrément, SIAE conventions, "
      + "CAE activity, régie de quartier label, reconnaissance d'utilité publique, location in a "
      + "QPV), each told by its type; left out, unknown; [] when it holds none.")
  public abstract Optional<List<@NotNull @Valid Qualification>> qualifications();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Organisation.Builder builder() {
    return new Organisation.Builder();
  }

  /**
   * A builder holding the attributes of this value, to change some of them and build a new value;
   * this one is left as it is.
   *
   * @return a new builder, filled from this value
   */
  public Organisation.Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds a {@link Organisation}: set its attributes, then call {@code build()}. A builder is not
   * thread-safe: use it where it is made.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    /** A builder with no attribute set, as {@link Organisation#builder()} gives. */
    public Builder() {}
  }

  /**
   * The qualifications of a kind, if the qualifications are known.
   *
   * @param <Q> the kind
   * @param kind the class of the kind
   * @return the qualifications of that kind, in order; empty if the qualifications are unknown
   */
  public <Q extends Qualification> Optional<List<Q>> qualifications(Class<Q> kind) {
    return qualifications().map(all -> all.stream().filter(kind::isInstance).map(kind::cast).toList());
  }

  /**
   * Whether the registered office is in Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle), where
   * associations follow the local civil code, not the loi de 1901.
   *
   * @return true if known to be there
   */
  public boolean inAlsaceMoselle() {
    return registeredOfficeCommune().map(c -> c.startsWith("57") || c.startsWith("67") || c.startsWith("68"))
        .orElse(false);
  }

  @AssertTrue(message = "{ess-rules:validation.organisation.company-type}")
  boolean companyTypeMatchesForm() {
    if (legalForm() == null) {
      return true;
    }
    boolean societe = legalForm() == LegalForm.SCOP || legalForm() == LegalForm.SCIC
        || legalForm() == LegalForm.COMMERCIAL_COMPANY;
    boolean noCompany = legalForm() == LegalForm.ASSOCIATION || legalForm() == LegalForm.FONDATION;
    return (!societe || companyType().isPresent()) && (!noCompany || companyType().isEmpty());
  }

  @AssertTrue(message = "{ess-rules:validation.organisation.rna}")
  boolean rnaOnlyForAssociations() {
    return rna().isEmpty() || legalForm() == null || legalForm() == LegalForm.ASSOCIATION;
  }
}
