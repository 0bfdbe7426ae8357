package io.github.essrules.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import io.github.essrules.core.law.Confidence;
import io.github.essrules.core.law.TextKind;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Facts of an imaginary rule holding named values: required, optional, in a list. */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableNamedSample.class)
@JsonDeserialize(as = ImmutableNamedSample.class)
public abstract class NamedSample {
  NamedSample() {}

  /** The kind of text. */
  @NotNull
  public abstract TextKind kind();

  /** The confidence, if known. */
  public abstract Optional<Confidence> confidence();

  /** Confidences of other sources. */
  public abstract List<@NotNull Confidence> others();
}
