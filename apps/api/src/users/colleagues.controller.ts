import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ColleaguesService } from './colleagues.service';
import { ColleagueQueryDto } from './dto/colleague-query.dto';
import { ColleagueResponseDto } from './dto/colleague-response.dto';

@ApiTags('users')
@Controller('colleagues')
export class ColleaguesController {
  constructor(private readonly colleagues: ColleaguesService) {}

  @Get()
  @ApiOperation({
    operationId: 'searchColleagues',
    summary: 'Active colleagues with a role: for a case team, or a session of the Actietafel (at most 20)',
  })
  @ApiOkResponse({ type: ColleagueResponseDto, isArray: true, description: 'Matching colleagues, by name.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  search(@Query() query: ColleagueQueryDto): Promise<ColleagueResponseDto[]> {
    return this.colleagues.search(query.search, query.role);
  }
}
