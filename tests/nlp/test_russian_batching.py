"""How Russian texts are cut into slovnet batches: shortest first, within a padded budget, and
with the same output as one text at a time (padding is masked)."""
from __future__ import annotations

import pytest

from kelisim.nlp.russian import padded_groups


@pytest.mark.parametrize("sizes, budget, most, groups", [
    ([1, 2, 3], 100, 8, [[1, 2, 3]]),                 # all fit
    ([10, 10, 10, 10], 30, 8, [[10, 10, 10], [10]]),  # 3 x 10 fits, 4 x 10 does not
    ([5, 5, 5, 5, 5], 100, 2, [[5, 5], [5, 5], [5]]),  # at most `most` a batch
    ([2, 3, 50, 60], 100, 8, [[2, 3], [50], [60]]),   # a long text does not pad the short ones
    ([150], 100, 8, [[150]]),                         # larger than the budget: alone
])
def test_padded_groups_keep_count_times_longest_within_budget(sizes, budget, most, groups):
    assert padded_groups(sizes, lambda n: n, budget, most) == groups


@pytest.mark.slow
def test_russian_nlp_batched_gives_the_entities_one_text_at_a_time_gives(extractor):
    from kelisim import Article
    texts = ["Министр иностранных дел Казахстана Мурат Нуртлеу встретился в Астане с послом Японии.",
             "Президент Узбекистана Шавкат Мирзиёев провёл телефонный разговор с канцлером Германии. "
             * 12,
             "В Ташкенте открылся форум «Евразийское партнёрство»."]
    one_by_one = [extractor.extract(Article(t)) for t in texts]
    together = list(extractor.records([Article(t) for t in texts], batch_size=3))
    assert together == one_by_one
