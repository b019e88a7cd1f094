"""The anonymous search log: misses for the reports, search terms learned from use."""
