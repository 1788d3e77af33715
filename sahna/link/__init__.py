"""Linking participants of events found in different documents to one entity."""
