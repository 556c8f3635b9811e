INSERT OR REPLACE INTO actors
SELECT DISTINCT ON (actor) actor, actor_type, country FROM staged_actors;
