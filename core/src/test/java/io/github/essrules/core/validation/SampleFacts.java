package io.github.essrules.core.validation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.id.RnaNumber;
import io.github.essrules.core.id.Siren;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Facts of an imaginary rule, shaped like the library's: constraints on Immutables accessors. */
@EssStyle
@Value.Immutable
@AccessorConstraints
@JsonSerialize(as = ImmutableSampleFacts.class)
@JsonDeserialize(as = ImmutableSampleFacts.class)
public abstract class SampleFacts {
  SampleFacts() {}

  @NotNull
  public abstract Siren siren();

  public abstract Optional<RnaNumber> rna();

  @NotNull
  public abstract LocalDate creationDate();

  @NotNull
  @DecimalMin("0")
  public abstract BigDecimal turnover();

  @Size(min = 1)
  public abstract List<@Valid Pay> pays();

  /** The pay of one employee. */
  @EssStyle
  @Value.Immutable
  @AccessorConstraints
  @JsonSerialize(as = ImmutablePay.class)
  @JsonDeserialize(as = ImmutablePay.class)
  public abstract static class Pay {
    Pay() {}

    @NotBlank
    public abstract String role();

    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    public abstract BigDecimal annualGross();
  }
}
