import { runSubgraphMain } from '@pecg/common';
import { __nameCamel__Subgraph } from './index';

runSubgraphMain(__nameCamel__Subgraph);
