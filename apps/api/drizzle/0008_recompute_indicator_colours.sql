-- Custom SQL migration file, put your code below! --
-- A rate indicator (unit %) is no longer prorated by 序时进度 (core indicatorProgressAlert), so the
-- stored colour masks are stale: cleared here, they are recomputed with the core by
-- IndicatorColoursBackfillService after start, which also refreshes the unit-year caches.
UPDATE "projects" SET "indicator_red_months" = NULL, "indicator_amber_months" = NULL, "indicator_green_months" = NULL, "indicator_blue_months" = NULL;
