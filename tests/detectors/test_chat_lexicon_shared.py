"""The chat-speaker recognizer reads the same lexicon object as the name finder (detectors.names.tokens.shared_lex):
one lexicon in memory and one cache of the words of the text under analysis."""


def test_the_chat_recognizer_shares_the_name_finders_lexicon():
    from detectors.names.finder import NameFinder
    from detectors.recognizers.nl_chat_speaker_recognizer import NlChatSpeakerRecognizer

    rec = NlChatSpeakerRecognizer()
    found = rec.analyze("Wendelien: ben je er morgen?\nGijsbert: nee, ik ben vrij\nWendelien: ok", ["PERSON"])
    assert found  # (an invented chat: the recognizer has read it with its lexicon)
    assert rec._lex is NameFinder().lex
