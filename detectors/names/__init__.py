"""Person-name detection helpers: the name lexicon and the rules of the PERSON recognizer."""
