import pytest

from graph.connect import find_entity
from graph.errors import FkgError
from graph.store import open_store


def test_forgiving_names(demo_store):
    st = open_store(demo_store["store"])
    try:
        check_names(st)
    finally:
        st.close()  # let the CLI in other tests open the store


def check_names(st):
    assert find_entity("KONATE", st).endswith("ibrahima-konate")
    assert find_entity("Upamecano", st).endswith("dayot-upamecano")
    assert find_entity("die Königlichen", st).endswith("real-madrid")
    assert find_entity("Xabi Alsono", st).endswith("xabi-alonso")  # a typo
    with pytest.raises(FkgError, match="no entity"):
        find_entity("Zzyzx Qwerty", st)
