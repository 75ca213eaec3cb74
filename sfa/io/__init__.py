"""Documents that leave the app: files a rep hands to a client (quote PDFs).

Nothing here decides a price: it lays out numbers that :mod:`sfa.domain` computed.
"""
