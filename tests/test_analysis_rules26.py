"""Attribution rules of stop 26, drawn from misses of blind batches 50 and 51, each tested on strings of its own."""
from __future__ import annotations

import pytest

from analysis_helpers import speakers


@pytest.mark.parametrize("role", ["the regulator's head of enforcement", "Ofcom's director of standards",
                                  "the city's commissioner for housing", "the leader of the opposition group"])
def test_a_role_of_something_set_off_before_the_name_after_the_quote(role):
    # "said X's director of enforcement, Name": the role noun is not the last word before the comma.
    body = f'"The fines have not changed behaviour," said {role}, Maren Tollefsen.'
    assert speakers(body) == [("The fines have not changed beha", "maren-tollefsen")]


def test_a_role_of_a_thing_is_still_no_person_when_nothing_names_a_role():
    body = '"The fines have not changed behaviour," said the report of the committee, Fines and Firms.'
    assert speakers(body) == [("The fines have not changed beha", None)]
