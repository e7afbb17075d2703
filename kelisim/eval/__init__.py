"""Evaluation: gold scoring (GOLD.md) and the factRuEval-2016 reader."""
