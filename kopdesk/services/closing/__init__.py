"""Closing the year and what the RAT needs, over a Session:

- ``yearend``: the checklist, closing and reopening a fiscal year;
- ``statements``: periods and the financial statements, over ``sums`` (the chart
  and the SQL sums), ``equity`` (Laporan Perubahan Ekuitas) and ``notes`` (CaLK);
- ``shu``: the SHU plan, its computation and posting, over ``shu_bases`` (who
  shares and on what); ``shu_payout``: paying the shares; ``shu_papers``: the SHU
  list, slips and receipts;
- ``rat``: the RAT book's data; ``rat_inputs``: the texts and RAPB the pengurus write.
"""
