-- Bitstring Status List privacy: a credential's index should not reveal when it was issued or
-- which credentials were issued together. Each list gets a secret; the n-th allocation takes index
-- IndexPermutation(secret, size)(n) instead of n. Lists created before this migration keep no
-- secret and keep handing out indexes in order (their used indexes are 0..next_index-1, which a
-- permutation from here on would collide with).
ALTER TABLE status_list ADD COLUMN index_key BYTEA;
