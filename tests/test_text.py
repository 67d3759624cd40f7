from graph.text import split_sentences


def test_a_name_ending_in_a_number_ends_its_sentence_but_an_ordinal_or_a_date_does_not():
    text = ("Er übernahm 2011 die U19 des SC Paderborn 07. 2016 wurde er Co-Trainer. Er spielte für den 1. FC Köln "
            "und Schalke 04. Danach ging er. Seit 15. März 2020 ist er da.")
    assert [s.text for s in split_sentences(text, "de")] == [
        "Er übernahm 2011 die U19 des SC Paderborn 07.", "2016 wurde er Co-Trainer.",
        "Er spielte für den 1. FC Köln und Schalke 04.", "Danach ging er.", "Seit 15. März 2020 ist er da."]


def test_offsets_point_into_the_text():
    text = "Erster Satz beim FC Schalke 04. 2019 kam er.\nZweiter Absatz."
    for s in split_sentences(text, "de"):
        assert text[s.start:s.start + len(s.text)] == s.text


def test_a_year_ends_its_sentence():
    text = "Er erhält einen Vertrag bis 2027. Hartberg muss sich nun um einen Nachfolger kümmern."
    assert [s.text for s in split_sentences(text, "de")] == [
        "Er erhält einen Vertrag bis 2027.", "Hartberg muss sich nun um einen Nachfolger kümmern."]


def test_a_number_with_a_full_stop_is_an_ordinal_only_where_the_language_writes_them_so():
    from graph.text import split_sentences

    assert [s.text for s in split_sentences("Marcó en el minuto 84. El equipo ganó. Subió a la 2. Bundesliga.", "es")] \
        == ["Marcó en el minuto 84.", "El equipo ganó.", "Subió a la 2. Bundesliga."]
    assert [s.text for s in split_sentences("Er traf in der 84. Minute. Dann kam der 1. FC Köln.", "de")] \
        == ["Er traf in der 84. Minute.", "Dann kam der 1. FC Köln."]


def test_an_abbreviation_inside_brackets_ends_no_sentence():
    text = "Rayo: Dimitrievski; Valentín, Trejo (Unai López, min. 70); Isi, De Frutos. Getafe ganó. (Marca)"
    assert [s.text for s in split_sentences(text, "es")] == [
        "Rayo: Dimitrievski; Valentín, Trejo (Unai López, min. 70); Isi, De Frutos.", "Getafe ganó.", "(Marca)"]
