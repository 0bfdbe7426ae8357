package io.github.essrules.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.essrules.core.EssStyle;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Facts of an imaginary rule holding a list of records that may be unknown. */
@EssStyle
@Value.Immutable
@JsonSerialize(as = ImmutableRecordsSample.class)
@JsonDeserialize(as = ImmutableRecordsSample.class)
public abstract class RecordsSample {
  RecordsSample() {}

  /** The days a meeting was held, if known: empty when none was. */
  public abstract Optional<List<@NotNull LocalDate>> held();
}
