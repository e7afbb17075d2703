"""Language-level NLP: language id, natasha adapter, normalization, transliteration."""
