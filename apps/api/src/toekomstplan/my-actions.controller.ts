import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/guards/roles.decorator';
import { MyActionResponseDto } from './dto/my-action.dto';
import { ToekomstplanService } from './toekomstplan.service';

@ApiTags('toekomstplan')
@Controller('my-actions')
export class MyActionsController {
  constructor(private readonly plans: ToekomstplanService) {}

  @Get()
  @Roles('professional')
  @ApiOperation({ operationId: 'listMyActions', summary: 'Every action you own across your open cases, overdue first' })
  @ApiOkResponse({ type: MyActionResponseDto, isArray: true, description: 'Your actions.' })
  @ApiResponse({ status: 401, description: 'Not signed in.' })
  @ApiResponse({ status: 403, description: 'Only professionals own actions in cases.' })
  list(@CurrentUser() user: AuthenticatedUser): Promise<MyActionResponseDto[]> {
    return this.plans.myActions(user);
  }
}
